package fi.luukku.display.testing;

import fi.luukku.display.sound.Announcement;
import fi.luukku.display.sound.Announcer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers what would have been announced. */
public final class RecordingAnnouncer implements Announcer {
    public final List<Announcement> announced = new CopyOnWriteArrayList<>();

    @Override
    public void announce(Announcement a) {
        announced.add(a);
    }

    public List<String> numbers() {
        return announced.stream().map(Announcement::number).toList();
    }
}
