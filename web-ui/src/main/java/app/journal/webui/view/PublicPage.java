package app.journal.webui.view;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a route that anyone may open without being signed in (sign in, register, check your mail,
 * verify). Every route without it needs a signed-in person: access is denied by default
 * ({@link AccessControl}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublicPage {
}
