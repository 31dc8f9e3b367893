package fi.luukku.display.sound;

/** Plays the chime once; returns at once (playing goes on in the background). Never throws. */
@FunctionalInterface
public interface ChimePlayer {
    void play();
}
