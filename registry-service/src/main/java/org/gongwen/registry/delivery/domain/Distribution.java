package org.gongwen.registry.delivery.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.gongwen.events.Classification;
import org.gongwen.registry.delivery.domain.Delivery.Route;

/**
 * DLV-PLAN-1: who receives an issued document. Every 主送 and 抄送 organ gets exactly one delivery — a unit named
 * both as 主送 and as 抄送 gets one, as 主送 (its stronger role) — in the order the document names them. Units of
 * our organisation receive it in the system ({@link Route#INTERNAL}, to be signed for); anything else is an outside
 * organ whose copy the office's 机要 clerk sends ({@link Route#EXTERNAL}).
 */
public final class Distribution {

    private Distribution() {
    }

    /**
     * @param ourUnits     unit codes of our organisation, by the name a document uses for them (名称 → code)
     * @param signingDue   when an internal delivery's 签收 falls due (the caller reckons it in working days)
     */
    public static List<Delivery> plan(IssuedDocument document, Map<String, String> ourUnits, Instant now,
                                      Instant signingDue) {
        Map<String, Delivery.Role> recipients = new LinkedHashMap<>();
        document.mainRecipients().forEach(name -> recipients.putIfAbsent(name.strip(), Delivery.Role.MAIN));
        document.copyRecipients().forEach(name -> recipients.putIfAbsent(name.strip(), Delivery.Role.COPY));
        List<Delivery> deliveries = new ArrayList<>();
        recipients.forEach((name, role) -> {
            String unit = ourUnits.get(name);
            deliveries.add(unit != null
                    ? Delivery.internal(document, name, unit, role, now, signingDue)
                    : Delivery.external(document, name, role, now));
        });
        return deliveries;
    }

    /** What distribution needs of an issued document (from {@code document.issued}). */
    public record IssuedDocument(UUID documentId, String documentNumber, String title, Classification classification,
                                 String urgency, List<String> mainRecipients, List<String> copyRecipients) {
        public IssuedDocument {
            mainRecipients = List.copyOf(mainRecipients);
            copyRecipients = List.copyOf(copyRecipients);
        }
    }

    /** The channels 条例 第二十六条 allows for a 涉密 document: never ordinary post, mail or an open network. */
    public static final Set<String> CLASSIFIED_CHANNELS = Set.of("机要交通", "邮政机要通信", "机要文件交换站", "机要收发");
}
