package org.lingong.core.regions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What makes a region valid: a code of its level's length, inside the city, starting with its parent's code; a parent
 * one level up that exists; a name; the central-village flag on villages only.
 */
final class RegionRules {

    private static final int MAX_NAME = 100;

    private RegionRules() {
    }

    /** @param known regions the candidate's parent may be among, by code */
    static List<Reason> check(Region candidate, Map<String, Region> known, String countyPrefix) {
        List<Reason> reasons = new ArrayList<>();
        String code = candidate.code() == null ? "" : candidate.code();
        if (candidate.name() == null || candidate.name().isBlank() || candidate.name().length() > MAX_NAME) {
            reasons.add(new Reason("name", "region.name.invalid", MAX_NAME));
        }
        RegionLevel level = candidate.level();
        if (level == null) {
            reasons.add(new Reason("level", "region.level.unknown"));
            return reasons;
        }
        if (!code.matches("[0-9]{" + level.codeLength() + "}")) {
            reasons.add(new Reason("code", "region.code.format", level.codeLength()));
        }
        if (candidate.central() && level != RegionLevel.VILLAGE) {
            reasons.add(new Reason("central", "region.central.villages-only"));
        }
        String parentCode = candidate.parentCode();
        if (level == RegionLevel.COUNTY) {
            if (parentCode != null) {
                reasons.add(new Reason("parentCode", "region.parent.none-for-county"));
            }
            if (!code.startsWith(countyPrefix)) {
                reasons.add(new Reason("code", "region.code.outside-city", countyPrefix));
            }
            return reasons;
        }
        if (parentCode == null) {
            reasons.add(new Reason("parentCode", "region.parent.required"));
            return reasons;
        }
        Region parent = known.get(parentCode);
        RegionLevel expected = level.parent().orElseThrow();
        if (parent == null) {
            reasons.add(new Reason("parentCode", "region.parent.unknown", parentCode));
        } else if (parent.level() != expected) {
            reasons.add(new Reason("parentCode", "region.parent.level", parentCode, expected.name()));
        }
        if (!code.startsWith(parentCode)) {
            reasons.add(new Reason("code", "region.code.not-under-parent", parentCode));
        }
        return reasons;
    }
}
