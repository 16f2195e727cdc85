package app.journal.e2e;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a browser test whose pages broke the Content-Security-Policy: after each test (and after the
 * class, for what {@code @BeforeAll} and {@code @AfterAll} did) it asks every {@link Chromium} the test
 * class holds for the violations it heard. Registered for every test of this module through
 * {@code META-INF/services} and {@code junit-platform.properties}.
 */
public final class NoPolicyViolations implements AfterEachCallback, AfterAllCallback {

    @Override
    public void afterEach(ExtensionContext context) throws IllegalAccessException {
        check(context.getRequiredTestClass(), context.getTestInstance().orElse(null));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IllegalAccessException {
        check(context.getRequiredTestClass(), null);
    }

    private static void check(Class<?> testClass, Object instance) throws IllegalAccessException {
        List<String> violations = new ArrayList<>();
        for (Class<?> c = testClass; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                boolean isStatic = Modifier.isStatic(field.getModifiers());
                if (field.getType() != Chromium.class || (!isStatic && instance == null)) {
                    continue;
                }
                field.setAccessible(true);
                if (field.get(isStatic ? null : instance) instanceof Chromium chromium) {
                    violations.addAll(chromium.takePolicyViolations());
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("The browser reported Content-Security-Policy violations:\n  "
                    + String.join("\n  ", violations));
        }
    }
}
