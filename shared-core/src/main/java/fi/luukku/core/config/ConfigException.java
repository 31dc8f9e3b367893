package fi.luukku.core.config;

/** Invalid configuration: the message names the key and the problem, for the person installing the device. */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
