package fi.luukku.advisor.reports;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's save dialog, over the window the workspace is shown in. */
public final class FxSaveFileChooser implements SaveFileChooser {
    private final Supplier<Window> owner;
    private final String title;

    public FxSaveFileChooser(Supplier<Window> owner, String title) {
        this.owner = owner;
        this.title = title;
    }

    @Override
    public Optional<Path> chooseSaveFile(String suggestedName, String description, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }
}
