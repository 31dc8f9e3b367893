package fi.luukku.core.device.buttons;

import java.time.Instant;

/**
 * One counted press, reported when its burst is over: the answer of the first press, and how many further
 * presses in the same burst were dropped (a child pressing ten times gives one press with 9 dropped) and how
 * many contact bounces were filtered out.
 */
public record ButtonPress(ButtonAnswer answer, int rawByte, Instant pressedAt, int droppedPresses, int bounces) {}
