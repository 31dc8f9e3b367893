package fi.luukku.core.device.buttons;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Which byte the button box sends for which answer. Configured as {@code 1=rating:1,2=rating:2,...} on the
 * command line or as a properties file with one {@code byte=answer} line each; a byte is written in decimal
 * ({@code 49}), hex ({@code 0x31}) or as a quoted character ({@code 'a'}).
 */
public final class ButtonMap {
    private final Map<Integer, ButtonAnswer> answers;

    public ButtonMap(Map<Integer, ButtonAnswer> answers) {
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("the button map is empty");
        }
        for (int b : answers.keySet()) {
            if (b < 0 || b > 255) {
                throw new IllegalArgumentException("a button byte must be 0..255, was " + b);
            }
        }
        this.answers = Collections.unmodifiableMap(new TreeMap<>(answers));
    }

    /**
     * The default five-smiley box: bytes 1..5 and the characters '1'..'5' mean ratings 1 (worst) to 5 (best).
     */
    public static ButtonMap defaultSmileys() {
        Map<Integer, ButtonAnswer> m = new TreeMap<>();
        for (int r = 1; r <= 5; r++) {
            m.put(r, ButtonAnswer.rating(r));
            m.put('0' + r, ButtonAnswer.rating(r));
        }
        return new ButtonMap(m);
    }

    /** Parses an inline map ({@code 1=rating:1,2=rating:2}) or, when {@code spec} names a file, that file. */
    public static ButtonMap parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return defaultSmileys();
        }
        Path file = Path.of(spec.trim());
        if (!spec.contains("=") || Files.isRegularFile(file)) {
            return load(file);
        }
        Map<Integer, ButtonAnswer> m = new TreeMap<>();
        for (String entry : spec.split("[,;]")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("button map entry '" + entry.trim() + "' is not byte=answer");
            }
            put(m, entry.substring(0, eq), entry.substring(eq + 1));
        }
        return new ButtonMap(m);
    }

    /** Loads a properties file of {@code byte=answer} lines. */
    public static ButtonMap load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read button map file " + file + ": " + e.getMessage(), e);
        }
        Map<Integer, ButtonAnswer> m = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            put(m, key, p.getProperty(key));
        }
        return new ButtonMap(m);
    }

    private static void put(Map<Integer, ButtonAnswer> m, String key, String value) {
        int b = parseByte(key.trim());
        ButtonAnswer answer;
        try {
            answer = ButtonAnswer.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("button map entry for byte " + key.trim() + ": " + e.getMessage(), e);
        }
        if (m.put(b, answer) != null) {
            throw new IllegalArgumentException("button map names byte " + b + " twice");
        }
    }

    static int parseByte(String s) {
        try {
            if (s.length() == 3 && s.charAt(0) == '\'' && s.charAt(2) == '\'') {
                return s.charAt(1);
            }
            if (s.startsWith("0x") || s.startsWith("0X")) {
                return Integer.parseInt(s.substring(2), 16);
            }
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a byte (write 49, 0x31 or '1')");
        }
    }

    public Optional<ButtonAnswer> answerFor(int unsignedByte) {
        return Optional.ofNullable(answers.get(unsignedByte));
    }

    public Map<Integer, ButtonAnswer> entries() {
        return answers;
    }

    /** The first byte that means the given answer, for the simulated box. */
    public Optional<Integer> byteFor(ButtonAnswer answer) {
        return answers.entrySet().stream()
                .filter(e -> e.getValue().equals(answer))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
