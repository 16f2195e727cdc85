package app.journal.webui.view;

import app.journal.webui.api.devices.DeviceSession;

/** What the devices page says about a device and about signing devices out. */
public final class DeviceText {

    private DeviceText() {
    }

    /** The accessible name of a device's "Sign out" button: it says which device. */
    public static String signOutLabel(DeviceSession session) {
        return session.current()
                ? "Sign out this device (" + session.device() + ")"
                : "Sign out " + session.device();
    }

    public static String address(DeviceSession session) {
        return session.clientIp() == null ? "Not recorded" : session.clientIp();
    }

    public static String confirmHeader(DeviceSession session) {
        return session.current() ? "Sign out this device?" : "Sign out " + session.device() + "?";
    }

    public static String confirmText(DeviceSession session) {
        return session.current()
                ? "You will be signed out here, as with “Sign out” in the menu."
                : session.device() + " (" + address(session) + ") will be signed out at its next action, and has "
                        + "to sign in again with your password. If you do not recognise it, change your password too.";
    }

    public static String signedOut(DeviceSession session) {
        return session.device() + " was signed out.";
    }

    /** After "Sign out all other devices". */
    public static String othersSignedOut(int revoked) {
        return switch (revoked) {
            case 0 -> "No other device was signed in.";
            case 1 -> "1 other device was signed out.";
            default -> revoked + " other devices were signed out.";
        };
    }
}
