package org.ailandscape.edit;

import java.security.Principal;
import org.ailandscape.link.PageState;
import org.ailandscape.page.ReportPage;
import org.ailandscape.page.Stylesheet;
import org.ailandscape.page.ViewChanges;
import org.ailandscape.reading.PageView;
import org.ailandscape.reading.Translations;
import org.ailandscape.report.InvalidDataException;
import org.ailandscape.report.Lineage;
import org.ailandscape.report.LoadedData;
import org.ailandscape.report.model.Language;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The live preview of a draft: the report page as the draft would make it, written by the same
 * components as the public page, with its stylesheet and no script (a preview is read, not used).
 * For signed-in accounts only; a draft is shown to its author and to publishers.
 */
@RestController
class PreviewController {

    private final EditorService service;
    private final Translations translations;
    private final Stylesheet stylesheet;

    PreviewController(EditorService service, Translations translations, Stylesheet stylesheet) {
        this.service = service;
        this.translations = translations;
        this.stylesheet = stylesheet;
    }

    @GetMapping("/edit/preview")
    ResponseEntity<String> preview(@RequestParam long draft, @RequestParam(defaultValue = "en") String lang, Principal principal,
            jakarta.servlet.http.HttpServletRequest request) {
        Language language = "zh".equals(lang) ? Language.ZH : Language.EN;
        Draft found = service.store().draft(draft).orElse(null);
        if (found == null || (!found.author().equals(principal.getName()) && !request.isUserInRole("PUBLISHER"))) {
            return page(HttpStatus.NOT_FOUND, language, "<p>" + HtmlUtils.htmlEscape(translations.get("editor.preview.none", language)) + "</p>");
        }
        LoadedData made;
        try {
            made = service.build(service.latest(), found.edits());
        } catch (InvalidDataException | EditRefusedException e) {
            return page(HttpStatus.CONFLICT, language, "<pre>" + HtmlUtils.htmlEscape(e.getMessage()) + "</pre>");
        }
        PageState state = PageState.parse("lang=" + language.key());
        PageView view = PageView.of(made.snapshot(), Lineage.alone(made.snapshot()), state, language, translations);
        return page(HttpStatus.OK, language, new ReportPage(view, ViewChanges.NONE).writtenOut());
    }

    private ResponseEntity<String> page(HttpStatus status, Language language, String body) {
        String html = "<!DOCTYPE html><html lang=\"" + language.htmlLang() + "\" data-preview><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">"
                + "<title>" + HtmlUtils.htmlEscape(translations.get("editor.preview", language)) + "</title><style>" + stylesheet.css() + "</style></head><body>"
                + body + "</body></html>";
        return ResponseEntity.status(status).contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore()).body(html);
    }
}
