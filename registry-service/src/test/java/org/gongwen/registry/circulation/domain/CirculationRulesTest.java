package org.gongwen.registry.circulation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.registry.shared.domain.OutcomeAssertions.done;
import static org.gongwen.registry.shared.domain.OutcomeAssertions.refusal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.gongwen.events.Classification;
import org.gongwen.kernel.RuleViolation;
import org.gongwen.registry.circulation.domain.Circulation.Order;
import org.gongwen.registry.circulation.domain.Circulation.Reading;
import org.gongwen.registry.shared.domain.Outcome;
import org.gongwen.registry.shared.domain.Person;
import org.junit.jupiter.api.Test;

class CirculationRulesTest {

    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    static final Person QIANXIAO = new Person("qianxiao", "钱晓", "BGS", Set.of("CLERK"), Classification.秘密);
    static final Person SUNLI = new Person("sunli", "孙立", "BGS", Set.of("DEPUTY_DIRECTOR"), Classification.机密);
    static final Person ZHAOMIN = new Person("zhaomin", "赵敏", "BGS", Set.of("DIRECTOR"), Classification.机密);
    static final Person WANGQIANG = new Person("wangqiang", "王强", "JLD", Set.of("CHIEF"), Classification.绝密);

    static Outcome<Circulation> start(Classification classification, Order order, List<Person> readers, Person by) {
        return Circulation.start(UUID.randomUUID(), "江城市财政局关于报送2027年度预算建议的通知", classification, order,
                readers, by, "BGS", NOW);
    }

    @Test
    void CIRC_START_1_theOfficeSendsItRoundReadersNamedOnceAndAllCleared() {
        assertThat(refusal(start(Classification.非密, Order.SEQUENTIAL, List.of(ZHAOMIN), WANGQIANG)).code())
                .isEqualTo("circulation-not-office");
        var refused = refusal(start(Classification.机密, Order.SEQUENTIAL, List.of(ZHAOMIN, QIANXIAO, ZHAOMIN), QIANXIAO));
        assertThat(refused.violations()).extracting(RuleViolation::messageEn).containsExactly(
                "qianxiao is not cleared for this document.", "zhaomin is named twice.");
        assertThat(refusal(start(Classification.非密, Order.PARALLEL, List.of(), QIANXIAO)).rule()).isEqualTo("CIRC-START-1");
    }

    @Test
    void CIRC_READ_1_inOrderOnlyTheHolderReadsAndItThenReachesTheNextReader() {
        Circulation round = done(start(Classification.非密, Order.SEQUENTIAL, List.of(SUNLI, ZHAOMIN, WANGQIANG), QIANXIAO));

        assertThat(round.holders()).extracting(Reading::reader).containsExactly("sunli");
        assertThat(refusal(round.read(ZHAOMIN, null, NOW)).code()).isEqualTo("circulation-not-holder");
        assertThat(refusal(round.read(QIANXIAO, null, NOW)).code()).isEqualTo("circulation-not-holder");
        Circulation afterSunli = done(round.read(SUNLI, "请赵敏同志阅示。", NOW.plusSeconds(600)));
        assertThat(afterSunli.holders()).extracting(Reading::reader, Reading::receivedAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("zhaomin", NOW.plusSeconds(600)));
        Circulation afterZhaomin = done(afterSunli.read(ZHAOMIN, " ", NOW.plusSeconds(900)));
        Circulation finished = done(afterZhaomin.read(WANGQIANG, "同意，请社会救助科办理。", NOW.plusSeconds(1200)));
        assertThat(finished.finished()).isTrue();
        assertThat(finished.holders()).isEmpty();
        assertThat(finished.instructions()).extracting(Reading::reader).containsExactly("sunli", "wangqiang");
    }

    @Test
    void CIRC_READ_1_inParallelEveryReaderHoldsItAtOnce() {
        Circulation round = done(start(Classification.非密, Order.PARALLEL, List.of(SUNLI, ZHAOMIN), QIANXIAO));

        assertThat(round.holders()).extracting(Reading::reader).containsExactly("sunli", "zhaomin");
        Circulation oneRead = done(round.read(ZHAOMIN, null, NOW));
        assertThat(oneRead.holders()).extracting(Reading::reader).containsExactly("sunli");
        assertThat(oneRead.finished()).isFalse();
    }

    @Test
    void CIRC_READ_2_aReadingIsRecordedOnceWithItsTime() {
        Circulation read = done(done(start(Classification.非密, Order.PARALLEL, List.of(SUNLI), QIANXIAO))
                .read(SUNLI, null, NOW.plusSeconds(60)));

        assertThat(read.readingOf("sunli")).get().extracting(Reading::readAt).isEqualTo(NOW.plusSeconds(60));
        assertThat(refusal(read.read(SUNLI, null, NOW)).code()).isEqualTo("circulation-already-read");
    }
}
