package app.journal.webui.view;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a route that also exists in demo mode ({@code journal.web.user-mgmt-enabled=false}), where the
 * shared demo session stands in for a sign-in. In demo mode every route without it answers "not found"
 * ({@link AccessControl}): the account pages cannot work without an account.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DemoPage {
}
