package fi.luukku.core.config;

/**
 * Checks of option values shared by every entry point, so the same mistake gets the same message in every
 * program: a number outside its range, a serial port given without {@code serial:}.
 */
public final class OptionValues {
    private OptionValues() {}

    /** {@code --key}'s value as a whole number within {@code min..max}. */
    public static int intOption(String key, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                throw new ConfigException("--" + key + " must be " + min + ".." + max + ", was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException("--" + key + " must be a whole number, was '" + value + "'");
        }
    }

    /** {@code --key serial:PORT}: returns the value as given (or null when absent); refuses anything else. */
    public static String serialPort(String key, String value, String example, String whenAbsent) {
        if (value != null && (!value.startsWith("serial:") || value.length() == "serial:".length())) {
            throw new ConfigException("--" + key + " must be serial:PORT, e.g. serial:" + example + " (" + whenAbsent
                    + "), was '" + value + "'");
        }
        return value;
    }
}
