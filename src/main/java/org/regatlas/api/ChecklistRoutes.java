package org.regatlas.api;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.server.Request;
import org.regatlas.checklist.layout.Checklist;
import org.regatlas.checklist.export.ChecklistFormat;
import org.regatlas.checklist.ChecklistService;
import org.regatlas.checklist.applicability.ProfileRequest;
import org.regatlas.checklist.read.Protocol;
import org.regatlas.checklist.read.ProtocolException;
import org.regatlas.checklist.read.ProtocolReader;
import org.regatlas.model.Deadline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/checklists}: a multipart upload (field {@code file}) plus the profile fields jurisdiction,
 * indication, design, population, product, line and modality; answers the checklist as JSON, CSV, XLSX, Markdown or HTML
 * ({@code ?format=} first, then the {@code Accept} header, JSON by default). Bad input is a 4xx naming the problem:
 * 413 for a file over 50 MB, 415 for a type no reader handles (or a body that is not multipart), 422 for an empty,
 * corrupt, encrypted or image-only file, 400 for a missing file field or an unknown profile value, 429 when
 * {@link ChecklistJobs} has no free slot, 503 {@code checklist_timeout} when the job passes its time limit.
 */
final class ChecklistRoutes {
    private static final Logger log = LoggerFactory.getLogger(ChecklistRoutes.class);
    private static final long SLACK = 1024 * 1024;     // multipart headers and profile fields around the file

    private final ChecklistJobs jobs;
    private final Duration limit;

    /** Checklists run in {@code jobs}' slots, each stopped after {@code limit} or when its client goes away. */
    ChecklistRoutes(ChecklistJobs jobs, Duration limit) {
        this.jobs = jobs;
        this.limit = limit;
    }

    void create(Context ctx, ChecklistService service) {
        ChecklistFormat format = format(ctx);
        if (ctx.contentLength() > ProtocolReader.MAX_BYTES + SLACK) throw tooLarge(ctx.contentLength());
        if (!ctx.isMultipartFormData()) {
            throw new ApiException(415, "unsupported_media_type",
                    "Send the protocol as multipart/form-data with a 'file' field");
        }
        try (ChecklistJobs.Job job = jobs.start()) {   // before the upload is read: a refused caller costs nothing
            run(ctx, service, format);
        }
    }

    private void run(Context ctx, ChecklistService service, ChecklistFormat format) {
        UploadedFile file;
        try {
            file = ctx.uploadedFile("file");
        } catch (Exception e) {    // Jetty refuses a part over the multipart limit while parsing (chunked uploads)
            if (exceedsLimit(e)) throw tooLarge(-1);
            throw ApiException.badRequest("The multipart body could not be read");
        }
        if (file == null) throw ApiException.badRequest("Form field 'file' (the protocol document) is required");
        if (file.size() > ProtocolReader.MAX_BYTES) throw tooLarge(file.size());
        byte[] content = read(file);
        Deadline deadline = Deadline.in(limit);
        cancelWhenTheClientGoes(ctx, deadline);
        byte[] answer;
        try (Deadline.Scope scope = deadline.enter()) {
            Protocol protocol = service.read(file.filename(), content);
            Checklist checklist = service.check(protocol, new ProfileRequest(ctx.formParam("jurisdiction"),
                    ctx.formParam("indication"),
                    ctx.formParam("design"), ctx.formParam("population"), ctx.formParam("product"),
                            ctx.formParam("line"), ctx.formParam("modality")));
            answer = format.bytes(checklist);
        } catch (Deadline.DeadlineExceededException e) {
            log.warn("Checklist of {} stopped: {}", file.filename(), e.getMessage());
            throw new ApiException(503, "checklist_timeout", "The checklist was stopped: " + e.getMessage()
                    + ". A protocol this slow to check is unusually long or built to be slow; split it, or ask the "
                    + "operator to raise " + ApiConfig.CHECKLIST_SECONDS_ENV);
        } catch (ProtocolException e) {
            throw switch (e.problem()) {
                case TOO_LARGE -> new ApiException(413, "too_large", e.getMessage());
                case UNSUPPORTED_TYPE -> new ApiException(415, "unsupported_media_type", e.getMessage());
                case UNREADABLE, EMPTY -> new ApiException(422, "unprocessable", e.getMessage());
            };
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        ctx.contentType(format.mediaType());
        if (format != ChecklistFormat.JSON) {
            ctx.header("Content-Disposition", "attachment; filename=\"" + baseName(file.filename()) + "-checklist."
                    + format.extension() + "\"");
        }
        ctx.result(answer);
    }

    /**
     * Cancels the deadline when Jetty sees the connection fail (the client closed it or reset it), so the job frees its
     * slot at its next checkpoint rather than running on for nobody.
     */
    private static void cancelWhenTheClientGoes(Context ctx, Deadline deadline) {
        Request request = ServletContextRequest.getServletContextRequest(ctx.req());
        if (request != null) request.addFailureListener(failure -> deadline.cancel("the client went away"));
    }

    /** Whether a multipart parsing failure (or its cause) reports a size limit. */
    private static boolean exceedsLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("size exceeded") || m.contains("exceeds") || m.contains("too large")) return true;
        }
        return false;
    }

    private static ChecklistFormat format(Context ctx) {
        String param = ctx.queryParam("format");
        if (param != null && !param.isBlank()) {
            return ChecklistFormat.named(param).orElseThrow(() -> ApiException.badRequest(
                    "Parameter 'format' must be json, csv, xlsx, md or html, not '" + CorpusRoutes.shorten(param)
                            + "'"));
        }
        return ChecklistFormat.accepted(ctx.header("Accept")).orElse(ChecklistFormat.JSON);
    }

    private static byte[] read(UploadedFile file) {
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ApiException(422, "unprocessable", "The uploaded file could not be read");
        }
    }

    /** 413 naming the size, or saying it is over the limit when the upload came without a length. */
    private static ApiException tooLarge(long size) {
        String limit = ProtocolReader.MAX_BYTES / 1048576 + " MB";
        String what = size < 0 ? "over " + limit : String.format(Locale.ROOT, "%.1f MB", size / 1048576.0);
        return new ApiException(413, "too_large", "The protocol is " + what + "; at most " + limit + " is accepted");
    }

    private static String baseName(String fileName) {
        String name = Path.of(fileName == null || fileName.isBlank() ? "protocol" : fileName).getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return base.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
    }
}
