package fi.luukku.core.config;

/** {@code --help} was given: the program prints {@link #usage()} and stops with exit code 0. */
public final class HelpRequested extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String usage;

    public HelpRequested(String usage) {
        super("help requested", null, false, false);
        this.usage = usage;
    }

    public String usage() {
        return usage;
    }
}
