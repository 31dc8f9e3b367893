package fi.luukku.core.live;

import fi.luukku.core.testing.PointFixtures;

/** The reducer tests' data: the shared {@link PointFixtures}, under the name they use. */
final class LiveFixtures extends PointFixtures {
    private LiveFixtures() {}
}
