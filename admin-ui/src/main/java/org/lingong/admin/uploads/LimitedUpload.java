package org.lingong.admin.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;

/**
 * An upload of one file of at most {@code maxBytes}. The browser refuses a bigger file before sending it; the server
 * refuses it again (a client can skip the browser's check) from its declared length, or after reading one byte past
 * the limit, never more. Either way the person reads why, in the UI's language. An accepted file arrives whole in
 * memory and is handed over inside {@link UI#access}, as with Vaadin's in-memory handler.
 */
public class LimitedUpload extends Upload {

    /** No upload takes more: {@link BodyLimit} refuses any bigger request. */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private final int maxBytes;

    /** @param maxBytes at most {@link #MAX_FILE_BYTES} */
    public LimitedUpload(int maxBytes, InMemoryUploadCallback received) {
        if (maxBytes <= 0 || maxBytes > MAX_FILE_BYTES) {
            throw new IllegalArgumentException("an upload takes 1 to " + MAX_FILE_BYTES + " bytes, not " + maxBytes);
        }
        this.maxBytes = maxBytes;
        setUploadHandler(new Receiver(maxBytes, received));
        setMaxFiles(1);
        setMaxFileSize(maxBytes);
        addFileRejectedListener(rejected -> refused(rejected.getErrorMessage()));
        setI18n(new UploadI18N());
    }

    /** The given texts, with the refusals' in the UI's language. */
    @Override
    public void setI18n(UploadI18N texts) {
        super.setI18n(texts.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("upload.too-big", size(maxBytes)))
                .setIncorrectFileType(getTranslation("upload.wrong-type"))
                .setTooManyFiles(getTranslation("upload.one-file"))));
    }

    /** The words on the button and, unless null, on the drop zone, in the UI's language; the refusals' stay. */
    public void label(String choose, String drop) {
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(choose).setMany(choose));
        if (drop != null) {
            texts.setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop));
        }
        setI18n(texts);
    }

    /** E.g. 256 KB, 10 MB. */
    static String size(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : Math.ceilDiv(bytes, 1024) + " KB";
    }

    private static void refused(String why) {
        Notification.show(why, 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.ERROR);
    }

    private record Receiver(int maxBytes, InMemoryUploadCallback received) implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            byte[] file = null;
            // The declared length (-1 when unknown) refuses most before a byte is read.
            if (event.getFileSize() <= maxBytes) {
                try (InputStream in = event.getInputStream()) {
                    file = in.readNBytes(maxBytes + 1);
                }
            }
            if (file == null || file.length > maxBytes) {
                String why = I18NProvider.translate(ui.getLocale(), "upload.too-big", size(maxBytes));
                event.reject(why);
                ui.access(() -> refused(why));
                return;
            }
            UploadMetadata metadata = new UploadMetadata(event.getFileName(), event.getContentType(), file.length);
            byte[] whole = file;
            ui.access(() -> {
                try {
                    received.complete(metadata, whole);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
