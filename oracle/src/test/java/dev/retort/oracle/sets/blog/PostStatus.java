package dev.retort.oracle.sets.blog;

public enum PostStatus {
    DRAFT,
    SCHEDULED,
    PUBLISHED,
    ARCHIVED
}
