package fi.luukku.core.domain;

/** AUTA model support levels (seed 002): how much help the customer needed. */
public enum SupportLevel {
    SELF_SERVICE(1),
    LIGHT_SUPPORT(2),
    INTENSIVE_SUPPORT(3),
    ON_BEHALF(4);

    private final int level;

    SupportLevel(int level) {
        this.level = level;
    }

    public int level() {
        return level;
    }

    public static SupportLevel ofLevel(int level) {
        for (SupportLevel s : values()) {
            if (s.level == level) {
                return s;
            }
        }
        throw new IllegalArgumentException("support level must be 1..4, was " + level);
    }
}
