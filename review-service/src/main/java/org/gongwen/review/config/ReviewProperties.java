package org.gongwen.review.config;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gongwen.review.countersign.domain.CountersignRule;
import org.gongwen.review.decision.domain.Signing;
import org.gongwen.review.decision.domain.SigningRules;
import org.gongwen.review.followup.domain.Reminders;
import org.gongwen.review.shared.domain.ReviewDeadlines.Allowance;
import org.gongwen.review.shared.domain.ReviewDeadlines;
import org.gongwen.kernel.WorkingCalendar;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * review-service settings.
 *
 * @param deadlines time per step by 紧急程度: {@code urgent} (特急), {@code expedited} (加急), {@code normal}, each
 *                  clock time ({@code 4h}, {@code 90m}) or working days ({@code 1d}, {@code 3 working days})
 * @param calendar  deprecated: the office's calendar is {@code gongwen.calendar} (platform-web's
 *                  {@code CalendarProperties}, shared with registry-service); days listed here are added to it
 * @param countersign {@code rules}: [{doc-type, direction, units, rule (ALL|ANY|N_OF_M), required}]
 * @param reminders {@code fraction} of a step's time after which a REMINDER goes out, {@code urge-interval} the
 *                  least time between two manual 催办 of one step, {@code scan-interval} how often due work is looked for
 */
@ConfigurationProperties("gongwen.review")
public record ReviewProperties(Deadlines deadlines, Calendar calendar, ReminderSettings reminders,
                               CountersignSettings countersign, Signing signing) {

    /**
     * Who signs: {@code director-signs} = kinds ({@code doc-type}, optional {@code direction}) the 办公室主任 may sign
     * (REVIEW-CHAIN-3; never 上行文 or 重要公文), {@code important-doc-types} = kinds that are always 重要公文.
     */
    public record Signing(List<SigningRules.Kind> directorSigns, Set<String> importantDocTypes) {
    }

    SigningRules signingRules() {
        SigningRules d = SigningRules.CHIEF_SIGNS_ALL;
        return signing == null ? d : new SigningRules(signing.directorSigns(),
                signing.importantDocTypes() == null ? d.importantDocTypes() : signing.importantDocTypes());
    }

    /** Standing 会签 per document kind (REVIEW-COUNTERSIGN-4); empty by default. */
    public record CountersignSettings(List<CountersignRule> rules) {
    }

    List<CountersignRule> countersignRules() {
        return countersign == null || countersign.rules() == null ? List.of() : countersign.rules();
    }

    public record Deadlines(String urgent, String expedited, String normal) {
    }

    public record Calendar(List<LocalDate> holidays, List<LocalDate> adjustedWorkdays) {
    }

    public record ReminderSettings(Double fraction, Duration urgeInterval, Duration scanInterval) {
    }

    /**
     * The deadlines on the office's calendar ({@code gongwen.calendar}, shared with registry-service); days still
     * listed under the older {@code gongwen.review.calendar} are added to it, so an existing deployment keeps them.
     */
    ReviewDeadlines reviewDeadlines(WorkingCalendar shared) {
        ReviewDeadlines d = ReviewDeadlines.DEFAULT;
        WorkingCalendar workingCalendar = calendar == null ? shared : new WorkingCalendar(shared.zone(),
                union(shared.holidays(), calendar.holidays()), union(shared.adjustedWorkdays(), calendar.adjustedWorkdays()));
        if (deadlines == null) {
            return new ReviewDeadlines(d.urgent(), d.expedited(), d.normal(), workingCalendar);
        }
        return new ReviewDeadlines(parse(deadlines.urgent(), d.urgent()), parse(deadlines.expedited(), d.expedited()),
                parse(deadlines.normal(), d.normal()), workingCalendar);
    }

    private static Set<LocalDate> union(Set<LocalDate> shared, List<LocalDate> legacy) {
        Set<LocalDate> all = new HashSet<>(shared);
        all.addAll(orEmpty(legacy));
        return all;
    }

    Reminders reminderPolicy() {
        Reminders d = Reminders.DEFAULT;
        if (reminders == null) {
            return d;
        }
        return new Reminders(reminders.fraction() == null ? d.fraction() : reminders.fraction(),
                reminders.urgeInterval() == null ? d.urgeInterval() : reminders.urgeInterval());
    }

    Duration scanInterval() {
        return reminders == null || reminders.scanInterval() == null ? Duration.ofSeconds(30) : reminders.scanInterval();
    }

    private static Allowance parse(String text, Allowance fallback) {
        return text == null || text.isBlank() ? fallback : Allowance.parse(text);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
