package app.journal.webui.api.account;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where an export goes: asked for its stream once the API has answered {@code 200}, with the file's name
 * and type as the API gave them (so that an error answer never starts a half-written download).
 */
@FunctionalInterface
public interface ExportSink {

    OutputStream open(String contentType, String fileName) throws IOException;
}
