package app.journal.application.testing;

import app.journal.application.port.out.DeviceNames;
import org.jspecify.annotations.Nullable;

/** Names a device by its user agent as it is (or "Unknown device"), so tests choose the words. */
public final class FakeDeviceNames implements DeviceNames {

    @Override
    public String describe(@Nullable String userAgent) {
        return userAgent == null || userAgent.isBlank() ? UNKNOWN : userAgent;
    }
}
