package org.gongwen.registry.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.gongwen.registry.followup.domain.FollowUpPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * registry-service settings.
 *
 * @param officeUnit the unit that registers 收文, proposes (拟办) and sends outside copies: 办公室
 * @param units      our units by the names documents use for them (全称 and 简称) → unit code; every other 主送 or
 *                   抄送 organ is outside and its copy is sent by the office
 * @param signing    time a unit has to 签收 a delivery, by 紧急程度: {@code urgent} (特急), {@code expedited}
 *                   (加急), {@code normal}; whole days count as working days of the office's calendar
 *                   ({@code gongwen.calendar}, the same as review-service's)
 * @param people     who may be named as a 传阅 reader, by username: name, unit code, roles and clearance
 * @param followUp   催办: {@code fraction} of the holder's time after which a reminder goes out (0.5),
 *                   {@code escalate-after} working days past the deadline before escalation (1), and
 *                   {@code scan-interval} / {@code scheduler-enabled} of the sweep (FollowUpScheduler)
 */
@ConfigurationProperties("gongwen.registry")
public record RegistryProperties(String officeUnit, Map<String, String> units, Signing signing,
                                 Map<String, PersonSettings> people, FollowUpSettings followUp) {

    public RegistryProperties {
        officeUnit = officeUnit == null ? "BGS" : officeUnit;
        units = units == null ? Map.of() : Map.copyOf(units);
        signing = signing == null ? new Signing(null, null, null) : signing;
        people = people == null ? Map.of() : Map.copyOf(people);
        followUp = followUp == null ? new FollowUpSettings(null, null) : followUp;
    }

    public record FollowUpSettings(Double fraction, Integer escalateAfter) {

        FollowUpPolicy policy() {
            FollowUpPolicy d = FollowUpPolicy.DEFAULT;
            return new FollowUpPolicy(fraction == null ? d.fraction() : fraction,
                    escalateAfter == null ? d.escalateAfterWorkingDays() : escalateAfter);
        }
    }

    public record PersonSettings(String name, String unit, List<String> roles, String clearance) {
    }

    public record Signing(Duration urgent, Duration expedited, Duration normal) {

        public Signing {
            urgent = urgent == null ? Duration.ofHours(4) : urgent;
            expedited = expedited == null ? Duration.ofDays(1) : expedited;
            normal = normal == null ? Duration.ofDays(2) : normal;
        }
    }
}
