package fi.luukku.advisor.reports;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks where to save an export. The app shows the system's save dialog; tests answer with a path of their own.
 * Called on the UI thread; empty when the person cancelled.
 */
@FunctionalInterface
public interface SaveFileChooser {

    /**
     * @param suggestedName a file name to propose, with its extension
     * @param description what kind of file it is, in the user's language ("CSV table")
     * @param extension the extension without the dot ("csv")
     */
    Optional<Path> chooseSaveFile(String suggestedName, String description, String extension);
}
