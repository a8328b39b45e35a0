/**
 * The three inheritance strategies: SINGLE_TABLE with a {@code @DiscriminatorColumn} ({@link Payment}) and with every
 * default ({@link Notification}), JOINED ({@link Account}, one subclass with {@code @PrimaryKeyJoinColumn}), and
 * TABLE_PER_CLASS with an abstract root ({@link BillingDocument}).
 */
package dev.retort.oracle.sets.inheritance;
