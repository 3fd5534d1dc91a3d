package org.gongwen.platform.web.calendar;

import org.gongwen.kernel.WorkingCalendar;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The one {@link WorkingCalendar} of a service, from {@code gongwen.calendar}: review-service's step deadlines and
 * registry-service's 签收, 承办 and 交办 deadlines and 催办 read the same days off.
 */
@AutoConfiguration
@EnableConfigurationProperties(CalendarProperties.class)
public class WorkingCalendarAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    WorkingCalendar workingCalendar(CalendarProperties properties) {
        return properties.calendar();
    }
}
