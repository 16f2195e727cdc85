package app.journal.adapter.rest.admin;

import app.journal.adapter.rest.security.ClientAddresses;
import app.journal.adapter.rest.security.JournalPrincipal;
import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.admin.AdminAccess;
import app.journal.application.port.in.admin.AdminCaller;
import app.journal.application.port.in.admin.AdminOnlyException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Makes the {@link AdminCaller} of an administrators' handler: the signed-in account (a demo token is a 403),
 * checked against the database on this request ({@link AdminAccess}).
 */
public final class AdminCallerResolver implements HandlerMethodArgumentResolver {

    private final AdminAccess access;
    private final ClientAddresses clientAddresses;
    /** The strategy this application's filter chain uses ({@code SecurityContexts}). */
    private final SecurityContextHolderStrategy contexts;

    public AdminCallerResolver(AdminAccess access, ClientAddresses clientAddresses,
            SecurityContextHolderStrategy contexts) {
        this.contexts = Objects.requireNonNull(contexts, "contexts");
        this.access = Objects.requireNonNull(access, "access");
        this.clientAddresses = Objects.requireNonNull(clientAddresses, "clientAddresses");
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == AdminCaller.class;
    }

    @Override
    public AdminCaller resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
        var authentication = contexts.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof JournalPrincipal caller)) {
            throw new AdminOnlyException();
        }
        var session = caller.accountSession();
        var http = Objects.requireNonNull(webRequest.getNativeRequest(HttpServletRequest.class), "request");
        return access.check(caller.userId(), session,
                new ClientInfo(http.getHeader(HttpHeaders.USER_AGENT), clientAddresses.of(http)));
    }
}
