package org.gongwen.registry.config;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.gongwen.kernel.WorkingCalendar;
import org.gongwen.registry.delivery.application.Organisation;

/**
 * The organisation as distribution needs it, from configuration: the working-day deadlines, and the units until the
 * organisation review-service publishes has arrived ({@code ReplicatedOrganisation}; the configured names then stay
 * as further aliases).
 */
class ConfiguredOrganisation implements Organisation {

    private final RegistryProperties properties;
    private final WorkingCalendar calendar;

    ConfiguredOrganisation(RegistryProperties properties, WorkingCalendar calendar) {
        this.properties = properties;
        this.calendar = calendar;
    }

    @Override
    public Map<String, String> unitsByName() {
        return properties.units();
    }

    /**
     * 特急 in clock time; whole days in working days of the office's calendar, so a Friday delivery is due on
     * Monday or later, never on a Sunday or a holiday.
     */
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
        return calendar.plusWorkingDays(at, (int) allowance.toDays());
    }
}
