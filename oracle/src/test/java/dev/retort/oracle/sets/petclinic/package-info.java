/**
 * Spring's pet clinic: owners, pets, visits, vets and specialties, with mapped superclasses several levels deep
 * ({@link BaseEntity} → {@link NamedEntity} / {@link Person}), a many-to-many through a join table and one-to-many
 * associations whose foreign key lives on the child.
 */
package dev.retort.oracle.sets.petclinic;
