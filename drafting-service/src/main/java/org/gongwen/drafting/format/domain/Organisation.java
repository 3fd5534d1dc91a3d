package org.gongwen.drafting.format.domain;

import java.util.List;

/**
 * What the 行文规则 need to know about the issuing organisation that a draft does not say: its name (the
 * default 发文机关 and the fix for a title without one), its direct superiors and the organs above them (TL-GEN-2
 * 越级, TL-PAR-3 不相隶属). Empty lists switch the relation checks off rather than guess.
 */
public record Organisation(String name, List<String> superiors, List<String> higherOrgans) {

    public Organisation {
        superiors = superiors == null ? List.of() : List.copyOf(superiors);
        higherOrgans = higherOrgans == null ? List.of() : List.copyOf(higherOrgans);
    }

    /** The demo organisation of contract §1. */
    public static Organisation demo() {
        return new Organisation("江城市民政局", List.of("江城市人民政府"), List.of());
    }
}
