package org.gongwen.registry.filing.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongwen.events.Person;
import org.gongwen.events.TrailAction;
import org.gongwen.events.TrailEntry;
import org.gongwen.registry.circulation.domain.Circulation;
import org.gongwen.registry.intake.domain.IncomingDocument;
import org.jspecify.annotations.Nullable;

/**
 * The trail of a 收文 as the archive keeps it: its own acts (kept by the registry under their Chinese names) with
 * their {@link TrailAction} codes, and the 传阅 — who sent it round, each reading with its 批示 — merged in time
 * order. An act whose name this version does not know keeps its name as its code: readers tolerate unknown codes, and
 * an act is never dropped from the trail.
 */
public final class ArchiveTrail {

    /** The registry's names of its acts (IncomingDocument's trail) → the archive's codes. */
    static final Map<String, TrailAction> CODES = Map.of(
            "登记", TrailAction.REGISTERED,
            "初审通过", TrailAction.CHECKED,
            "退文", TrailAction.RETURNED_TO_SENDER,
            "拟办", TrailAction.PROPOSED,
            "批办", TrailAction.ASSIGNED,
            "申请转办", TrailAction.TRANSFER_REQUESTED,
            "延期", TrailAction.DEADLINE_EXTENDED,
            "催办", TrailAction.URGED,
            "办结", TrailAction.CONCLUDED);

    private ArchiveTrail() {
    }

    /** The code of one of the registry's act names; the name itself when unknown. */
    public static String codeOf(String act) {
        TrailAction code = CODES.get(act);
        return code == null ? act : code.name();
    }

    /**
     * Every act on the 收文 and every 传阅 act, oldest first (acts at the same instant keep their order: the 收文's
     * own first). {@code people} names a username (name and unit), the unit recorded with the act winning.
     */
    public static List<TrailEntry> of(IncomingDocument document, List<Circulation> circulations,
                                      Function<String, Person> people) {
        List<TrailEntry> acts = new ArrayList<>();
        for (IncomingDocument.TrailEntry t : document.trail()) {
            Person known = people.apply(t.actor());
            acts.add(entry(codeOf(t.action()), new Person(t.actor(), known.name(), t.unit()), t.at(), t.note()));
        }
        for (Circulation c : circulations) {
            String readers = c.readings().stream().map(r -> people.apply(r.reader()).name())
                    .collect(Collectors.joining("、"));
            String order = c.order() == Circulation.Order.SEQUENTIAL ? "依次" : "同时";
            acts.add(entry(TrailAction.CIRCULATED.name(), people.apply(c.startedBy()), c.startedAt(),
                    "传阅（" + order + "）：" + readers));
            for (Circulation.Reading r : c.readings()) {
                if (r.readAt() != null) {
                    acts.add(entry(TrailAction.READ.name(), people.apply(r.reader()), r.readAt(), r.instruction()));
                }
            }
        }
        acts.sort(Comparator.comparing(TrailEntry::at));
        return acts;
    }

    /** The person of the last act with this code, if any (e.g. who 批办ed, who concluded). */
    public static @Nullable Person lastActor(List<TrailEntry> trail, TrailAction action) {
        Person found = null;
        for (TrailEntry t : trail) {
            if (action.name().equals(t.action())) {
                found = t.actor();
            }
        }
        return found;
    }

    static TrailEntry entry(String action, Person actor, java.time.Instant at, @Nullable String opinion) {
        return new TrailEntry(action, actor, null, null, at, opinion, null);
    }
}
