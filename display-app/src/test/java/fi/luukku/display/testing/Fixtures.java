package fi.luukku.display.testing;

import fi.luukku.core.testing.PointFixtures;

/** The display tests' data: the shared {@link PointFixtures} (shared-core test-jar), under the name they use. */
public final class Fixtures extends PointFixtures {
    private Fixtures() {}
}
