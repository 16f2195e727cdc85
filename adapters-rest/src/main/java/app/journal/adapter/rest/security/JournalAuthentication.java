package app.journal.adapter.rest.security;

import java.util.stream.Collectors;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

final class JournalAuthentication extends AbstractAuthenticationToken {

    private final JournalPrincipal principal;

    JournalAuthentication(JournalPrincipal principal) {
        super(principal.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .collect(Collectors.toUnmodifiableSet()));
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public JournalPrincipal getPrincipal() {
        return principal;
    }
}
