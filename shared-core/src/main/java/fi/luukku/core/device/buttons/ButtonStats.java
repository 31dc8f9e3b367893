package fi.luukku.core.device.buttons;

/** Running totals since the box was opened, for the staff view: nothing is hidden. */
public record ButtonStats(long counted, long dropped, long bounces, long unknownBytes) {}
