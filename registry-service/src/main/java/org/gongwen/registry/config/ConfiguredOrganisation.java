package org.gongwen.registry.config;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import org.gongwen.registry.delivery.application.Organisation;

/**
 * The organisation as distribution needs it, from configuration: the working-day deadlines, and the units until the
 * organisation review-service publishes has arrived ({@code ReplicatedOrganisation}; the configured names then stay
 * as further aliases).
 */
class ConfiguredOrganisation implements Organisation {

    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    private final RegistryProperties properties;

    ConfiguredOrganisation(RegistryProperties properties) {
        this.properties = properties;
    }

    @Override
    public Map<String, String> unitsByName() {
        return properties.units();
    }

    /** 特急 in clock time; whole days in working days, so a Friday delivery is due on Monday or later, never Sunday. */
    @Override
    public Instant signingDue(Instant at, String urgency) {
        Duration allowance = switch (urgency == null ? "" : urgency.strip()) {
            case "特急" -> properties.signing().urgent();
            case "加急" -> properties.signing().expedited();
            default -> properties.signing().normal();
        };
        if (allowance.isZero() || allowance.toHoursPart() != 0 || allowance.toMinutesPart() != 0
                || allowance.toSecondsPart() != 0) {
            return at.plus(allowance);
        }
        ZonedDateTime due = at.atZone(OFFICE_ZONE);
        for (long left = allowance.toDays(); left > 0; ) {
            due = due.plusDays(1);
            if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return due.toInstant();
    }
}
