package org.ailandscape.edit.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.Lumo;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ailandscape.edit.Account;
import org.ailandscape.edit.AuditEvent;
import org.ailandscape.edit.DatasetFields;
import org.ailandscape.edit.Draft;
import org.ailandscape.edit.EditRefusedException;
import org.ailandscape.edit.EditableField;
import org.ailandscape.edit.EditorService;
import org.ailandscape.edit.FieldEdit;
import org.ailandscape.edit.FigureFields;
import org.ailandscape.edit.FigureSheet;
import org.ailandscape.edit.Role;
import org.ailandscape.reading.Translations;
import org.ailandscape.report.InvalidDataException;
import org.ailandscape.report.archive.ArchiveUnavailableException;
import org.ailandscape.report.archive.StoredVersion;

/**
 * The analysts' editor: the figures and every other field of the latest version, each edited in a form
 * checked by the loader's rules; the signed-in analyst's draft with a live preview of the page it
 * makes; a publisher's review (the diff, field by field, then publish or return with a comment); the
 * spreadsheet round trip; the audit; and the accounts. In English or Chinese ({@code ?lang=}).
 */
@Route("edit")
@RolesAllowed("EDITOR")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("editor/editor.css")
public class EditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** A grid fills the window below the header and the tab's tools, and never shrinks below a few rows. */
    private static final String GRID_HEIGHT = "max(24rem, calc(100vh - 16rem))";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final EditorService service;
    private final Translations translations;
    private final AuthenticationContext authentication;
    private EditorLanguage words;
    private String user = "";
    private boolean publisher;
    private final TabSheet tabs = new TabSheet();
    private final Div draftPanel = new Div();
    private final Div reviewPanel = new Div();
    private final Div auditPanel = new Div();
    private final Div accountsPanel = new Div();
    private final Grid<FigureFields> figures = new Grid<>();
    private final Grid<EditableField> fields = new Grid<>();
    private com.vaadin.flow.component.tabs.Tab draftTab;

    public EditorView(EditorService service, Translations translations, AuthenticationContext authentication) {
        this.service = service;
        this.translations = translations;
        this.authentication = authentication;
        addClassName("editor");
        setPadding(false);
        setSpacing(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        words = EditorLanguage.of(event.getLocation(), translations);
        user = authentication.getPrincipalName().orElse("");
        publisher = authentication.hasRole("PUBLISHER");
        build();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        EditorIdleTimeout.active(event.getUI());
        applyPage(event.getUI(), words);
    }

    @Override
    public String getPageTitle() {
        return words == null ? "" : words.t("editor.title");
    }

    /** The page's language, and Lumo's dark variant when the reader chose dark on the report (or the device is dark). */
    static void applyPage(UI ui, EditorLanguage words) {
        ui.getElement().executeJs("document.documentElement.lang = $0;"
                + "var t = null; try { t = localStorage.getItem('theme'); } catch (e) {}"
                + "var dark = t === 'dark' || (t !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);"
                + "if (dark) document.documentElement.setAttribute('theme', 'dark'); else document.documentElement.removeAttribute('theme');",
                words.language().htmlLang());
    }

    private void build() {
        removeAll();
        add(header());
        tabs.addClassName("editor-tabs");
        tabs.setWidthFull();
        tabs.add(words.t("editor.tab.figures"), figuresTab());
        tabs.add(words.t("editor.tab.fields"), fieldsTab());
        draftTab = tabs.add(words.t("editor.tab.draft"), draftPanel);
        if (publisher) tabs.add(words.t("editor.tab.review"), reviewPanel);
        tabs.add(words.t("editor.tab.sheet"), sheetTab());
        if (publisher) {
            tabs.add(words.t("editor.tab.audit"), auditPanel);
            tabs.add(words.t("editor.tab.accounts"), accountsPanel);
        }
        tabs.addSelectedChangeListener(e -> refresh());
        add(tabs);
        setFlexGrow(1, tabs);
        refresh();
    }

    private Component header() {
        H1 title = new H1(words.t("editor.title"));
        Span version = new Span(words.t("editor.version", service.latest().snapshot().version(), service.latest().snapshot().dataset().changed().toString()));
        version.addClassName("editor-muted");
        Span who = new Span(words.t(publisher ? "editor.signedInPublisher" : "editor.signedInEditor", user));
        who.addClassName("editor-who");
        Anchor language = new Anchor("edit?lang=" + words.other().key(), words.t("editor.language.switch"));
        language.getElement().setAttribute("router-ignore", true);
        Anchor report = new Anchor("./?lang=" + words.language().key(), words.t("editor.openReport"));
        report.setTarget("_blank");
        report.getElement().setAttribute("router-ignore", true);
        Button signOut = new Button(words.t("editor.signOut"), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        Div titles = new Div(title, version);
        titles.addClassName("editor-titles");
        HorizontalLayout actions = new HorizontalLayout(who, language, report, signOut);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.addClassName("editor-actions");
        HorizontalLayout bar = new HorizontalLayout(titles, actions);
        bar.addClassName("editor-header");
        bar.setWidthFull();
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        return bar;
    }

    private void refresh() {
        try {
            DatasetFields all = service.fields();
            figures.setItems(all.figures());
            fields.setItems(all.fields());
            showDraft();
            if (publisher) {
                showReview();
                showAudit();
                showAccounts();
            }
        } catch (ArchiveUnavailableException e) {
            notifyError(words.t("editor.storeDown"));
        }
    }

    // --- Figures ----------------------------------------------------------------------------------

    private Component figuresTab() {
        TextField filter = search();
        filter.setId("figures-filter");
        figures.removeAllColumns();
        figures.addColumn(f -> f.id()).setHeader(words.t("editor.col.figure")).setAutoWidth(true).setFlexGrow(1).setResizable(true);
        figures.addColumn(f -> f.form().getLabelEn().isEmpty() ? f.file() : f.form().getLabelEn()).setHeader(words.t("editor.col.label")).setFlexGrow(2).setResizable(true);
        figures.addColumn(f -> f.form().getDisplayEn()).setHeader("English").setAutoWidth(true);
        figures.addColumn(f -> f.form().getDisplayZh()).setHeader("中文").setAutoWidth(true);
        figures.addColumn(f -> amount(f.form())).setHeader(words.t("editor.col.amount")).setAutoWidth(true);
        figures.addColumn(f -> f.form().getUnit()).setHeader(words.t("editor.col.unit")).setAutoWidth(true);
        figures.addColumn(f -> f.form().getPeriod()).setHeader(words.t("editor.col.period")).setAutoWidth(true);
        figures.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        figures.setWidthFull();
        figures.setHeight(GRID_HEIGHT);
        figures.addItemClickListener(e -> new FigureDialog(e.getItem(), service, words, user, this::saved).open());
        filter.addValueChangeListener(e -> {
            String q = e.getValue().strip().toLowerCase(Locale.ROOT);
            figures.getListDataView().setFilter(f -> q.isEmpty() || (f.id() + " " + f.form().getLabelEn() + " " + f.form().getLabelZh() + " "
                    + f.form().getDisplayEn() + " " + f.file()).toLowerCase(Locale.ROOT).contains(q));
        });
        return tab("editor.figures.hint", filter, figures);
    }

    /** A tab of a grid: its hint, its tools, the grid. */
    private Component tab(String hintKey, Component tools, Component grid) {
        Paragraph hint = new Paragraph(words.t(hintKey));
        hint.addClassName("editor-muted");
        VerticalLayout tab = new VerticalLayout(hint, tools, grid);
        tab.setSizeFull();
        tab.setPadding(false);
        tab.addClassName("editor-tab");
        return tab;
    }

    private static String amount(FigureFields.Form form) {
        if (!form.getValue().isEmpty()) return form.getValue();
        if (!form.getLow().isEmpty() || !form.getHigh().isEmpty()) return form.getLow() + " – " + form.getHigh();
        return "";
    }

    // --- All fields -------------------------------------------------------------------------------

    private Component fieldsTab() {
        TextField filter = search();
        filter.setId("fields-filter");
        Checkbox missing = new Checkbox(words.t("editor.fields.missingOnly"));
        fields.removeAllColumns();
        fields.addColumn(f -> f.file()).setHeader(words.t("editor.col.file")).setAutoWidth(true).setResizable(true);
        fields.addColumn(f -> (f.near() == null ? "" : f.near() + " › ") + f.name()).setHeader(words.t("editor.col.where")).setFlexGrow(2).setResizable(true);
        fields.addComponentColumn(f -> cell(f.kind() == EditableField.Kind.TEXT ? f.en() : f.shown(), f.missingTranslation() && (f.en() == null || f.en().isBlank())))
                .setHeader("English").setFlexGrow(3).setResizable(true);
        fields.addComponentColumn(f -> f.kind() == EditableField.Kind.TEXT ? cell(f.zh(), f.missingTranslation() && (f.zh() == null || f.zh().isBlank())) : kind(f))
                .setHeader("中文").setFlexGrow(3).setResizable(true);
        fields.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        fields.setWidthFull();
        fields.setHeight(GRID_HEIGHT);
        fields.addItemClickListener(e -> new FieldDialog(e.getItem(), service, words, user, this::saved).open());
        Runnable apply = () -> {
            String q = filter.getValue().strip().toLowerCase(Locale.ROOT);
            boolean onlyMissing = missing.getValue();
            fields.getListDataView().setFilter(f -> (!onlyMissing || f.missingTranslation())
                    && (q.isEmpty() || (f.file() + " " + f.near() + " " + f.name() + " " + f.shown()).toLowerCase(Locale.ROOT).contains(q)));
        };
        filter.addValueChangeListener(e -> apply.run());
        missing.addValueChangeListener(e -> apply.run());
        HorizontalLayout tools = new HorizontalLayout(filter, missing);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        return tab("editor.fields.hint", tools, fields);
    }

    private Component cell(String text, boolean missing) {
        if (missing) {
            Span flag = new Span(words.t("editor.missingTranslation"));
            flag.getElement().getThemeList().add("badge error");
            return flag;
        }
        return new Span(text == null ? "" : text);
    }

    /** A value or a list is the same in both languages: said in the Chinese column, muted. */
    private Component kind(EditableField field) {
        Span kind = new Span(words.t(field.kind() == EditableField.Kind.LIST ? "editor.kind.list" : "editor.kind.value"));
        kind.addClassName("editor-kind");
        return kind;
    }

    private TextField search() {
        TextField filter = new TextField();
        filter.setPlaceholder(words.t("editor.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("min(28rem, 100%)");
        return filter;
    }

    /** After a dialog saved edits to the draft. */
    private void saved(Draft draft) {
        Notification ok = Notification.show(words.t("editor.saved", draft.edits().size()), 4000, Notification.Position.BOTTOM_START);
        ok.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        showDraft();
    }

    // --- Draft ------------------------------------------------------------------------------------

    private void showDraft() {
        draftPanel.removeAll();
        draftPanel.addClassName("editor-panel");
        Optional<Draft> open = service.openDraft(user);
        List<Draft> mine = service.store().draftsOf(user);
        Optional<Draft> waiting = mine.stream().filter(d -> d.status() == Draft.Status.SUBMITTED).findFirst();
        draftTab.setLabel(words.t("editor.tab.draft") + open.map(d -> " (" + d.edits().size() + ")").orElse(""));
        if (open.isEmpty()) {
            draftPanel.add(new Paragraph(words.t("editor.draft.none")));
            waiting.ifPresent(d -> draftPanel.add(callout(words.t("editor.draft.waiting", d.id(), d.edits().size()), "editor-callout")));
            draftPanel.add(history(mine));
            return;
        }
        Draft draft = open.get();
        draftPanel.add(new H2(words.t("editor.draft.title", draft.id())));
        draftPanel.add(status(draft));
        if (draft.status() == Draft.Status.RETURNED) {
            draftPanel.add(callout(words.t("editor.draft.returned", draft.reviewedBy(), draft.reviewComment()), "editor-callout warning"));
        }
        Grid<FieldEdit> edits = diffGrid(draft.edits());
        edits.addComponentColumn(edit -> {
            Button remove = new Button(words.t("editor.draft.remove"), e -> {
                try {
                    service.removeEdit(user, draft.id(), edit.file(), edit.path());
                    showDraft();
                } catch (EditRefusedException refused) {
                    notifyError(words.t(refused.key(), refused.params()));
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        TextArea note = new TextArea(words.t("editor.draft.note"));
        note.setValue(draft.note());
        note.setHelperText(words.t("editor.draft.noteHelp"));
        note.setWidthFull();
        note.setId("draft-note");
        Button submit = new Button(words.t("editor.draft.submit"), e -> {
            try {
                service.submit(user, draft.id(), note.getValue());
                Notification.show(words.t("editor.draft.submitted", draft.id()), 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                showDraft();
            } catch (EditRefusedException refused) {
                note.setInvalid(true);
                note.setErrorMessage(words.t(refused.key(), refused.params()));
            } catch (InvalidDataException invalid) {
                notifyError(invalid.getMessage());
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("submit-draft");
        Button discard = new Button(words.t("editor.draft.discard"), e -> {
            service.discard(user, draft.id());
            showDraft();
        });
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout buttons = new HorizontalLayout(submit, discard);
        draftPanel.add(edits, note, buttons, preview(draft));
    }

    private Component history(List<Draft> mine) {
        List<Draft> done = mine.stream().filter(d -> !d.status().open() || d.status() == Draft.Status.SUBMITTED).toList();
        if (done.isEmpty()) return new Div();
        Grid<Draft> grid = new Grid<>();
        grid.addColumn(d -> d.id()).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> words.t("editor.status." + d.status().name().toLowerCase(Locale.ROOT))).setHeader(words.t("editor.col.status")).setAutoWidth(true);
        grid.addColumn(d -> TIME.format(d.updated())).setHeader(words.t("editor.col.when")).setAutoWidth(true);
        grid.addColumn(d -> d.note()).setHeader(words.t("editor.draft.note")).setFlexGrow(2);
        grid.addColumn(d -> d.publishedVersion() == null ? "" : d.publishedVersion()).setHeader(words.t("editor.col.version")).setAutoWidth(true);
        grid.setItems(done);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        Div box = new Div(new H2(words.t("editor.draft.history")), grid);
        return box;
    }

    private Component status(Draft draft) {
        Span badge = new Span(words.t("editor.status." + draft.status().name().toLowerCase(Locale.ROOT)));
        badge.getElement().getThemeList().add(draft.status() == Draft.Status.RETURNED ? "badge warning" : "badge");
        Span since = new Span(words.t("editor.draft.meta", draft.author(), TIME.format(draft.updated()), draft.baseVersion()));
        since.addClassName("editor-muted");
        HorizontalLayout row = new HorizontalLayout(badge, since);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        return row;
    }

    private Component preview(Draft draft) {
        H2 heading = new H2(words.t("editor.preview"));
        String src = "edit/preview?draft=" + draft.id() + "&lang=" + words.language().key() + "&r=" + draft.revision();
        Anchor open = new Anchor(src, words.t("editor.preview.open"));
        open.setTarget("_blank");
        open.getElement().setAttribute("router-ignore", true);
        IFrame frame = new IFrame(src);
        frame.addClassName("editor-preview");
        frame.getElement().setAttribute("title", words.t("editor.preview"));
        return new Div(heading, open, frame);
    }

    private Grid<FieldEdit> diffGrid(List<FieldEdit> edits) {
        Grid<FieldEdit> grid = new Grid<>();
        grid.addColumn(FieldEdit::file).setHeader(words.t("editor.col.file")).setAutoWidth(true).setResizable(true);
        grid.addColumn(FieldEdit::path).setHeader(words.t("editor.col.path")).setFlexGrow(2).setResizable(true);
        grid.addColumn(e -> FieldEdit.show(e.before())).setHeader(words.t("editor.col.before")).setFlexGrow(2).setPartNameGenerator(e -> "editor-before");
        grid.addColumn(e -> FieldEdit.show(e.after())).setHeader(words.t("editor.col.after")).setFlexGrow(2).setPartNameGenerator(e -> "editor-after");
        grid.setItems(edits);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("editor-diff");
        return grid;
    }

    // --- Review -----------------------------------------------------------------------------------

    private void showReview() {
        reviewPanel.removeAll();
        reviewPanel.addClassName("editor-panel");
        List<Draft> waiting = service.submitted();
        if (waiting.isEmpty()) {
            reviewPanel.add(new Paragraph(words.t("editor.review.none")));
            return;
        }
        for (Draft draft : waiting) {
            Div card = new Div();
            card.addClassName("editor-review");
            card.add(new H2(words.t("editor.review.title", draft.id(), draft.author())));
            card.add(status(draft));
            Paragraph note = new Paragraph(draft.note());
            note.addClassName("editor-quote");
            card.add(note, diffGrid(draft.edits()));
            TextArea comment = new TextArea(words.t("editor.review.comment"));
            comment.setWidthFull();
            Button publish = new Button(words.t("editor.review.publish"), e -> {
                try {
                    StoredVersion version = service.publish(user, draft.id());
                    Notification.show(words.t("editor.review.published", version.id()), 6000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    build();
                } catch (EditRefusedException refused) {
                    notifyError(words.t(refused.key(), refused.params()));
                } catch (InvalidDataException invalid) {
                    notifyError(invalid.getMessage());
                } catch (ArchiveUnavailableException down) {
                    notifyError(words.t("editor.storeDown"));
                }
            });
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            publish.addClassName("publish");
            Button back = new Button(words.t("editor.review.return"), e -> {
                try {
                    service.sendBack(user, draft.id(), comment.getValue());
                    showReview();
                } catch (EditRefusedException refused) {
                    comment.setInvalid(true);
                    comment.setErrorMessage(words.t(refused.key(), refused.params()));
                }
            });
            back.addClassName("send-back");
            Anchor preview = new Anchor("edit/preview?draft=" + draft.id() + "&lang=" + words.language().key(), words.t("editor.preview.open"));
            preview.setTarget("_blank");
            preview.getElement().setAttribute("router-ignore", true);
            HorizontalLayout buttons = new HorizontalLayout(publish, back, preview);
            buttons.setAlignItems(FlexComponent.Alignment.CENTER);
            card.add(comment, buttons);
            reviewPanel.add(card);
        }
    }

    // --- Spreadsheet ------------------------------------------------------------------------------

    private Component sheetTab() {
        Div panel = new Div();
        panel.addClassName("editor-panel");
        panel.add(new Paragraph(words.t("editor.sheet.hint")));
        Anchor xlsx = download("api/edit/figures.xlsx", words.t("editor.sheet.xlsx"));
        Anchor csv = download("api/edit/figures.csv", words.t("editor.sheet.csv"));
        Anchor zip = download("api/edit/dataset.zip", words.t("editor.sheet.zip"));
        HorizontalLayout downloads = new HorizontalLayout(xlsx, csv, zip);
        downloads.addClassName("editor-downloads");
        Div result = new Div();
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            FigureSheet.Reading reading = FigureSheet.read(bytes, service.latest(), service);
            result.removeAll();
            if (!reading.ok()) {
                result.add(callout(words.t("editor.sheet.refused", metadata.fileName(), reading.problems().size()), "editor-callout error"));
                Grid<FigureSheet.Problem> problems = new Grid<>();
                problems.addColumn(FigureSheet.Problem::row).setHeader(words.t("editor.col.row")).setAutoWidth(true).setFlexGrow(0);
                problems.addColumn(FigureSheet.Problem::column).setHeader(words.t("editor.col.column")).setAutoWidth(true);
                problems.addColumn(FigureSheet.Problem::reason).setHeader(words.t("editor.col.reason")).setFlexGrow(3);
                problems.setItems(reading.problems());
                problems.setAllRowsVisible(true);
                problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
                problems.addClassName("sheet-problems");
                result.add(problems);
                return;
            }
            if (reading.edits().isEmpty()) {
                result.add(callout(words.t("editor.sheet.same"), "editor-callout"));
                return;
            }
            result.add(callout(words.t("editor.sheet.diff", reading.edits().size()), "editor-callout"));
            result.add(diffGrid(reading.edits()));
            Button take = new Button(words.t("editor.sheet.take"), e -> {
                try {
                    Draft draft = service.save(user, reading.edits(), "spreadsheet " + metadata.fileName());
                    result.removeAll();
                    saved(draft);
                    tabs.setSelectedTab(draftTab);
                } catch (EditRefusedException refused) {
                    notifyError(words.t(refused.key(), refused.params()));
                } catch (InvalidDataException invalid) {
                    notifyError(invalid.getMessage());
                }
            });
            take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            take.setId("take-upload");
            result.add(take);
        })));
        upload.setAcceptedFileTypes(".xlsx", ".csv", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFileSize(5 * 1024 * 1024);
        upload.setMaxFiles(1);
        upload.setDropLabel(new Span(words.t("editor.sheet.drop")));
        upload.setUploadButton(new Button(words.t("editor.sheet.choose")));
        panel.add(downloads, upload, result);
        return panel;
    }

    private static Anchor download(String href, String text) {
        Anchor anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("router-ignore", true);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("editor-download");
        return anchor;
    }

    // --- Audit ------------------------------------------------------------------------------------

    private void showAudit() {
        auditPanel.removeAll();
        auditPanel.addClassName("editor-panel");
        Grid<AuditEvent> grid = new Grid<>();
        grid.addColumn(e -> TIME.format(e.at())).setHeader(words.t("editor.col.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::actor).setHeader(words.t("editor.col.who")).setAutoWidth(true);
        grid.addColumn(e -> words.t("editor.action." + e.action())).setHeader(words.t("editor.col.action")).setAutoWidth(true);
        grid.addColumn(AuditEvent::subject).setHeader(words.t("editor.col.subject")).setAutoWidth(true);
        grid.addComponentColumn(e -> {
            Span detail = new Span(e.detail());
            detail.addClassName("editor-lines");
            return detail;
        }).setHeader(words.t("editor.col.what")).setFlexGrow(5);
        grid.addColumn(AuditEvent::reason).setHeader(words.t("editor.col.why")).setFlexGrow(2);
        grid.setItems(service.store().audit(500));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("70vh");
        grid.addClassName("audit-grid");
        Anchor json = download("api/audit", words.t("editor.audit.json"));
        auditPanel.add(new Paragraph(words.t("editor.audit.hint")), json, grid);
    }

    // --- Accounts ---------------------------------------------------------------------------------

    private void showAccounts() {
        accountsPanel.removeAll();
        accountsPanel.addClassName("editor-panel");
        Grid<Account> grid = new Grid<>();
        grid.addColumn(Account::username).setHeader(words.t("editor.login.username")).setAutoWidth(true);
        grid.addColumn(a -> words.t("editor.role." + a.role().name().toLowerCase(Locale.ROOT))).setHeader(words.t("editor.col.role")).setAutoWidth(true);
        grid.addColumn(a -> a.lockedAt(java.time.Instant.now()) ? words.t("editor.accounts.lockedUntil", TIME.format(a.lockedUntil())) : "")
                .setHeader(words.t("editor.col.status")).setAutoWidth(true);
        grid.addColumn(a -> a.createdBy() + " · " + TIME.format(a.created())).setHeader(words.t("editor.accounts.created")).setAutoWidth(true);
        grid.setItems(service.store().accounts());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        TextField name = new TextField(words.t("editor.login.username"));
        Select<Role> role = new Select<>();
        role.setLabel(words.t("editor.col.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> words.t("editor.role." + r.name().toLowerCase(Locale.ROOT)));
        role.setValue(Role.EDITOR);
        PasswordField password = new PasswordField(words.t("editor.login.password"));
        password.setHelperText(words.t("editor.accounts.passwordHelp", EditorService.MIN_PASSWORD));
        Button create = new Button(words.t("editor.accounts.create"), e -> {
            try {
                service.createAccount(user, name.getValue(), role.getValue(), password.getValue());
                Notification.show(words.t("editor.accounts.done"), 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                showAccounts();
            } catch (EditRefusedException refused) {
                notifyError(words.t(refused.key(), refused.params()));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button change = new Button(words.t("editor.accounts.change"), e -> {
            try {
                if (name.getValue().isBlank() || service.store().account(name.getValue().strip()).isEmpty()) {
                    notifyError(words.t("editor.accounts.unknown"));
                    return;
                }
                service.changeRole(user, name.getValue().strip(), role.getValue());
                if (!password.getValue().isEmpty()) service.changePassword(user, name.getValue().strip(), password.getValue());
                Notification.show(words.t("editor.accounts.done"), 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                showAccounts();
            } catch (EditRefusedException refused) {
                notifyError(words.t(refused.key(), refused.params()));
            }
        });
        grid.addItemClickListener(e -> {
            name.setValue(e.getItem().username());
            role.setValue(e.getItem().role());
        });
        HorizontalLayout form = new HorizontalLayout(name, role, password, create, change);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.addClassName("editor-wrap");
        accountsPanel.add(new Paragraph(words.t("editor.accounts.hint")), grid, form);
    }

    // ----------------------------------------------------------------------------------------------

    private static Div callout(String text, String classes) {
        Div box = new Div(new Span(text));
        for (String c : classes.split(" ")) box.addClassName(c);
        return box;
    }

    private void notifyError(String message) {
        Notification error = Notification.show(message, 8000, Notification.Position.MIDDLE);
        error.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
