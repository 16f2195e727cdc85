package app.journal.adapter.rest.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds API request bodies (RFC 9110 §15.5.14: 413). A declared {@code Content-Length} past the
 * limit is refused before anything reads the body; a body without one (chunked) is counted while it
 * is read, and reading past the limit fails with {@link RequestTooLargeException}, which
 * {@link ApiExceptionHandler} answers with the same 413. Either way the server never buffers more
 * than the limit.
 */
public final class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long defaultMaxBytes;
    private final java.util.Map<String, Long> maxBytesByPath;

    public RequestSizeLimitFilter(long maxBytes) {
        this(maxBytes, java.util.Map.of());
    }

    /** @param maxBytesByPath other limits for these exact paths (the journal import takes whole files) */
    public RequestSizeLimitFilter(long maxBytes, java.util.Map<String, Long> maxBytesByPath) {
        this.defaultMaxBytes = maxBytes;
        this.maxBytesByPath = java.util.Map.copyOf(maxBytesByPath);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long maxBytes = maxBytesByPath.getOrDefault(
                request.getRequestURI().substring(request.getContextPath().length()), defaultMaxBytes);
        if (request.getContentLengthLong() > maxBytes) {
            tooLarge(response, maxBytes);
            return;
        }
        chain.doFilter(new Bounded(request, maxBytes), response);
    }

    static void tooLarge(HttpServletResponse response, long maxBytes) throws IOException {
        ProblemResponses.write(response, 413, ProblemTypes.REQUEST_TOO_LARGE, "Content Too Large",
                "The request body is larger than " + maxBytes + " bytes.");
    }

    /** Reading past the configured limit. An IOException, so every reader passes it on as a read failure. */
    public static final class RequestTooLargeException extends IOException {

        private final long maxBytes;

        RequestTooLargeException(long maxBytes) {
            super("request body larger than " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }

    private static final class Bounded extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), maxBytes);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            var encoding = getCharacterEncoding();
            Charset charset;
            try {
                charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                throw new java.io.UnsupportedEncodingException("unsupported request charset");
            }
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long maxBytes;
        private long count;

        CountingStream(ServletInputStream delegate, long maxBytes) {
            this.delegate = delegate;
            this.maxBytes = maxBytes;
        }

        private int counted(int n) throws IOException {
            if (n > 0) {
                count += n;
                if (count > maxBytes) {
                    throw new RequestTooLargeException(maxBytes);
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return counted(delegate.read(buffer, offset, length));
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
