package org.gongwen.platform.web.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gongwen.kernel.WorkingCalendar;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The office's working calendar, one setting for every service ({@code gongwen.calendar}): {@code holidays}
 * (法定节假日) and {@code adjusted-workdays} (调休上班) as ISO dates, on top of Monday–Friday in Asia/Shanghai.
 */
@ConfigurationProperties("gongwen.calendar")
public record CalendarProperties(List<LocalDate> holidays, List<LocalDate> adjustedWorkdays) {

    public CalendarProperties {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        adjustedWorkdays = adjustedWorkdays == null ? List.of() : List.copyOf(adjustedWorkdays);
    }

    public WorkingCalendar calendar() {
        return new WorkingCalendar(WorkingCalendar.ZONE, Set.copyOf(holidays), Set.copyOf(adjustedWorkdays));
    }
}
