package app.journal.adapter.rest.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Which {@link SecurityContextHolderStrategy} Journal's own security code uses: the application context's bean
 * when there is one (Vaadin defines one), as Spring Security's own filters take it; else the static holder's. Not
 * the static holder's always: the next application started in the same JVM replaces it (the two-node tests),
 * and then an authentication set by one filter went unseen by the chain's others (every token answered 401).
 */
public final class SecurityContexts {

    private SecurityContexts() {}

    public static SecurityContextHolderStrategy of(ObjectProvider<SecurityContextHolderStrategy> beans) {
        return beans.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }
}
