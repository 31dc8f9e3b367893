package fi.luukku.advisor.help;

/** The sound a help alert makes. {@code --sound off} gives the silent one. */
public interface AlertSound {
    void play();

    AlertSound SILENT = () -> {};
}
