package dev.retort;

import java.time.Duration;

/**
 * Where a command is: revision {@code number} of {@code total}.
 *
 * @param number the step's position, from 1
 * @param total how many steps the command runs
 * @param revision the revision of this step
 * @param direction whether it is applied or undone
 * @param elapsed the time since the command's first step started
 */
public record StepProgress(int number, int total, RevisionInfo revision, Direction direction, Duration elapsed) {}
