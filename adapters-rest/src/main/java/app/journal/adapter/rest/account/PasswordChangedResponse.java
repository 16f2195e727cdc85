package app.journal.adapter.rest.account;

/** @param signedOutOtherSessions how many other devices were signed out */
public record PasswordChangedResponse(int signedOutOtherSessions) {}
