/**
 * The devices page: where the person is signed in, and signing those sessions out.
 */
@NullMarked
package app.journal.webui.view.devices;

import org.jspecify.annotations.NullMarked;
