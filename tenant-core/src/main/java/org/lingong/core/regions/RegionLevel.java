package org.lingong.core.regions;

import java.util.Optional;

/** The three levels a city keeps below itself, with the length of their GB/T 2260-style codes. */
public enum RegionLevel {
    COUNTY(6), TOWNSHIP(9), VILLAGE(12);

    private final int codeLength;

    RegionLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    /** The level a region of this level hangs under; counties hang under the city itself. */
    public Optional<RegionLevel> parent() {
        return this == COUNTY ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    static Optional<RegionLevel> parse(String text) {
        for (RegionLevel level : values()) {
            if (level.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
