package org.gongwen.review.decision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import org.gongwen.events.TrailAction;
import org.junit.jupiter.api.Test;

/**
 * The journal's action codes are TrailAction's, the list the archive names as 业务行为: an act code added here
 * as a bare string would reach the archive unnamed.
 */
class ActCodesTest {

    @Test
    void everyActCodeIsATrailAction() throws IllegalAccessException {
        List<Field> codes = Arrays.stream(Act.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class).toList();
        assertThat(codes).isNotEmpty();
        for (Field f : codes) {
            String code = (String) f.get(null);
            assertThat(TrailAction.of(code)).as(f.getName()).isPresent();
        }
    }
}
