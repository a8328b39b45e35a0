package dev.retort.oracle;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * A copy of Spring Boot's {@code SpringImplicitNamingStrategy}, which Spring Boot gives Hibernate beside its snake case
 * physical naming: JPA's implicit names, except a join table's, which is {@code <owner table>_<attribute>}. Copied so
 * that the oracle does not need Spring.
 */
public final class SpringImplicitNamingStrategy extends ImplicitNamingStrategyJpaCompliantImpl {

    private static final long serialVersionUID = 1L;

    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        String name = source.getOwningPhysicalTableName() + "_"
                + source.getAssociationOwningAttributePath().getProperty();
        return toIdentifier(name, source.getBuildingContext());
    }
}
