/**
 * Names in camel case, compiled with {@code -Aretort.naming=snake_case} and compared with Hibernate configured with
 * Spring Boot's physical naming ({@code CamelCaseToUnderscoresNamingStrategy}): implicit and explicit table, column,
 * join column, index column, sequence and embedded names, digits and acronyms.
 */
package dev.retort.oracle.sets.naming;
