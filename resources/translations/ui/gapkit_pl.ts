<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en_GB">
    <context>
        <name>About</name>
        <message>
            <source>Runtime</source>
            <translation>Środowisko uruchomieniowe</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Biblioteka</translation>
        </message>
        <message>
            <source>Font</source>
            <translation>Czcionka</translation>
        </message>
        <message>
            <source>GAP Field Kit icon</source>
            <translation>Ikona GAP Field Kit</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Wersja</translation>
        </message>
        <message>
            <source>Registration, organisational health checks and Community Asset Transfer readiness for community groups, offline. Free software under the MIT licence.</source>
            <translation>Rejestracja, przeglądy kondycji organizacji i gotowość do przejęcia mienia (CAT) dla grup społecznych, bez internetu. Wolne oprogramowanie na licencji MIT.</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Folder danych</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Otwórz folder</translation>
        </message>
        <message>
            <source>Open the data folder</source>
            <translation>Otwórz folder danych</translation>
        </message>
        <message>
            <source>Bundled libraries and fonts</source>
            <translation>Dołączone biblioteki i czcionki</translation>
        </message>
        <message>
            <source>Show licence text</source>
            <translation>Pokaż tekst licencji</translation>
        </message>
        <message>
            <source>Show the selected font's licence text</source>
            <translation>Pokaż licencję wybranej czcionki</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <source>Close About</source>
            <translation>Zamknij informacje</translation>
        </message>
        <message>
            <source>Bundled with this app:</source>
            <translation>Dołączone do aplikacji:</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Składnik</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licencja</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Wersja {version}</translation>
        </message>
    </context>
    <context>
        <name>ActionPlan</name>
        <message>
            <source>What</source>
            <translation>Co</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kto</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>Do kiedy</translation>
        </message>
        <message>
            <source>Support offer</source>
            <translation>Oferta wsparcia</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>Do zrobienia</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>W toku</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Zrobione</translation>
        </message>
        <message>
            <source>For example: write a reserves policy</source>
            <translation>Na przykład: napisać politykę rezerw</translation>
        </message>
        <message>
            <source>A role is enough, for example: treasurer</source>
            <translation>Wystarczy funkcja, na przykład: skarbnik</translation>
        </message>
        <message>
            <source>Set a date</source>
            <translation>Ustaw datę</translation>
        </message>
        <message>
            <source>&amp;What</source>
            <translation>&amp;Co</translation>
        </message>
        <message>
            <source>W&amp;ho</source>
            <translation>&amp;Kto</translation>
        </message>
        <message>
            <source>By &amp;when</source>
            <translation>Do &amp;kiedy</translation>
        </message>
        <message>
            <source>Support &amp;offer</source>
            <translation>&amp;Oferta wsparcia</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Stan</translation>
        </message>
        <message>
            <source>Ideas from the results</source>
            <translation>Pomysły z wyników</translation>
        </message>
        <message>
            <source>Add action from this idea…</source>
            <translation>Dodaj działanie z tego pomysłu…</translation>
        </message>
        <message>
            <source>The plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Add action…</source>
            <translation>Dodaj działanie…</translation>
        </message>
        <message>
            <source>Add an action (Ctrl+N)</source>
            <translation>Dodaj działanie (Ctrl+N)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edytuj…</translation>
        </message>
        <message>
            <source>Change the action (Enter)</source>
            <translation>Zmień działanie (Enter)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>W górę</translation>
        </message>
        <message>
            <source>Move up (Ctrl+Up)</source>
            <translation>W górę (Ctrl+Up)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>W dół</translation>
        </message>
        <message>
            <source>Move down (Ctrl+Down)</source>
            <translation>W dół (Ctrl+Down)</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Oznacz jako zrobione</translation>
        </message>
        <message>
            <source>Mark done (Ctrl+D)</source>
            <translation>Oznacz jako zrobione (Ctrl+D)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Delete (Delete); Ctrl+Z undoes</source>
            <translation>Usuń (Delete); Ctrl+Z cofa</translation>
        </message>
        <message>
            <source>Mark not done</source>
            <translation>Oznacz jako niezrobione</translation>
        </message>
    </context>
    <context>
        <name>ActionReview</name>
        <message>
            <source>Note: what happened, what is next</source>
            <translation>Notatka: co się wydarzyło, co dalej</translation>
        </message>
        <message>
            <source>Last time's actions</source>
            <translation>Działania z ostatniego razu</translation>
        </message>
        <message>
            <source>Back to assessments</source>
            <translation>Wróć do ocen</translation>
        </message>
        <message>
            <source>Carry on to the statements →</source>
            <translation>Przejdź do stwierdzeń →</translation>
        </message>
        <message>
            <source>Actions left unreviewed can be reviewed later (Ctrl+Enter)</source>
            <translation>Działania bez przeglądu można przejrzeć później (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>There was no earlier action plan.</source>
            <translation>Nie było wcześniejszego planu działań.</translation>
        </message>
        <message>
            <source>in the plan: {status}</source>
            <translation>w planie: {status}</translation>
        </message>
        <message>
            <source>Last time's actions: {organisation}</source>
            <translation>Działania z ostatniego razu: {organisation}</translation>
        </message>
        <message>
            <source>{reviewed} of {total} reviewed</source>
            <translation>przejrzano {reviewed} z {total}</translation>
        </message>
        <message>
            <source>Who: {who}</source>
            <translation>Kto: {who}</translation>
        </message>
        <message>
            <source>by {date}</source>
            <translation>do {date}</translation>
        </message>
        <message>
            <source> with {facilitator}</source>
            <translation> z {facilitator}</translation>
        </message>
        <message>
            <source>Agreed at the {kind} on {date}{who}. For each action, say whether it is done, in progress or dropped, with a note. Each choice is saved at once.</source>
            <translation>Uzgodnione podczas: {kind}, {date}{who}. Przy każdym działaniu zaznacz, czy jest zrobione, w toku czy porzucone, i dodaj notatkę. Każdy wybór zapisuje się od razu.</translation>
        </message>
        <message>
            <source>{count} of last time's actions not reviewed yet</source>
            <translation>Nieprzejrzane działania z ostatniego razu: {count}</translation>
        </message>
    </context>
    <context>
        <name>Assessment</name>
        <message>
            <source>Organisational health check</source>
            <translation>Przegląd kondycji organizacji</translation>
        </message>
        <message>
            <source>CAT readiness</source>
            <translation>Gotowość do CAT</translation>
        </message>
        <message>
            <source>organisational health check</source>
            <translation>przegląd kondycji organizacji</translation>
        </message>
        <message>
            <source>CAT readiness assessment</source>
            <translation>gotowość do CAT</translation>
        </message>
    </context>
    <context>
        <name>Assessments</name>
        <message>
            <source>Facilitated</source>
            <translation>Prowadzona</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupowa</translation>
        </message>
        <message>
            <source>Online (self-assessment)</source>
            <translation>Online (samoocena)</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Otrzymano</translation>
        </message>
        <message>
            <source>Resubmitted</source>
            <translation>Wysłano ponownie</translation>
        </message>
        <message>
            <source>Has issues</source>
            <translation>Są problemy</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Zatwierdzono</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Odrzucono</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organizacja</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Ocena</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Tryb</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Przegląd</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Rozpoczęto</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Prowadzący</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>W toku</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Ukończono</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Wyeksportowano</translation>
        </message>
        <message>
            <source>No assessments yet.

Start one with New assessment (Ctrl+N), or from an organisation on the Organisations page.</source>
            <translation>Nie ma jeszcze ocen.

Rozpocznij przyciskiem Nowa ocena (Ctrl+N) albo od organizacji na stronie Organizacje.</translation>
        </message>
        <message>
            <source>Approve assessments</source>
            <translation>Zatwierdź oceny</translation>
        </message>
        <message>
            <source>They will count in the Overview and the council summary, and each laptop hears of it in its next field pack.</source>
            <translation>Zostaną wliczone do Przeglądu i podsumowania rady, a każdy laptop dowie się o tym z następnego pakietu terenowego.</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Zatwierdź</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Delete assessment</source>
            <translation>Usuń ocenę</translation>
        </message>
        <message>
            <source>Its answers and action plan leave this laptop's list and the deletion goes in the next sync bundle. You can undo this straight after (Ctrl+Z).</source>
            <translation>Odpowiedzi i plan działań znikną z listy na tym laptopie, a usunięcie trafi do następnego pakietu synchronizacji. Możesz to od razu cofnąć (Ctrl+Z).</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Zachowaj</translation>
        </message>
        <message>
            <source>Search organisation, venue or facilitator (Ctrl+F)</source>
            <translation>Szukaj organizacji, miejsca lub prowadzącego (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search assessments</source>
            <translation>Szukaj ocen</translation>
        </message>
        <message>
            <source>Show assessments of kind</source>
            <translation>Pokaż oceny rodzaju</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Wszystkie rodzaje</translation>
        </message>
        <message>
            <source>Show assessments with status</source>
            <translation>Pokaż oceny o stanie</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Dowolny stan</translation>
        </message>
        <message>
            <source>Show assessments in review state</source>
            <translation>Pokaż oceny w stanie przeglądu</translation>
        </message>
        <message>
            <source>Any review</source>
            <translation>Dowolny przegląd</translation>
        </message>
        <message>
            <source>PDF reports…</source>
            <translation>Raporty PDF…</translation>
        </message>
        <message>
            <source>Write a PDF report for each completed assessment shown (filter the list first to choose which)</source>
            <translation>Zapisz raport PDF każdej widocznej ukończonej oceny (najpierw zawęź listę)</translation>
        </message>
        <message>
            <source>No assessments yet</source>
            <translation>Nie ma jeszcze ocen</translation>
        </message>
        <message>
            <source>How many assessments are shown</source>
            <translation>Ile ocen widać</translation>
        </message>
        <message>
            <source>New assessment…</source>
            <translation>Nowa ocena…</translation>
        </message>
        <message>
            <source>Start an assessment (Ctrl+N)</source>
            <translation>Rozpocznij ocenę (Ctrl+N)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Otwórz</translation>
        </message>
        <message>
            <source>Open results, or carry on a draft (Enter)</source>
            <translation>Otwórz wyniki lub kontynuuj szkic (Enter)</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Wznów</translation>
        </message>
        <message>
            <source>Carry on where it stopped</source>
            <translation>Kontynuuj od miejsca przerwania</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Wyniki</translation>
        </message>
        <message>
            <source>See the results and action plan</source>
            <translation>Zobacz wyniki i plan działań</translation>
        </message>
        <message>
            <source>Delete the assessment (Delete)</source>
            <translation>Usuń ocenę (Delete)</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Historia…</translation>
        </message>
        <message>
            <source>Every change to the assessment, its answers and actions</source>
            <translation>Każda zmiana oceny, jej odpowiedzi i działań</translation>
        </message>
        <message>
            <source>Assessment list</source>
            <translation>Lista ocen</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Komentarz</translation>
        </message>
        <message>
            <source>Reopened: fix it, then Review and complete to send it again.</source>
            <translation>Otwarto ponownie: popraw, a potem wyślij znowu przez Przejrzyj i zakończ.</translation>
        </message>
        <message>
            <source>The {kind} with {organisation} was not finished. Carry on where it stopped?</source>
            <translation>Nie ukończono oceny „{kind}” organizacji {organisation}. Kontynuować od miejsca przerwania?</translation>
        </message>
        <message>
            <source>Assessment started: every answer is saved as it is given.</source>
            <translation>Rozpoczęto ocenę: każda odpowiedź zapisuje się od razu.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Cofnij</translation>
        </message>
        <message>
            <source>Approve {count} assessments?</source>
            <translation>Zatwierdzić oceny (liczba: {count})?</translation>
        </message>
        <message>
            <source>Delete the {kind} with {organisation}?</source>
            <translation>Usunąć ocenę „{kind}” organizacji {organisation}?</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Odrzuć</translation>
        </message>
        <message>
            <source>No completed assessment is shown: there is no report to write yet.</source>
            <translation>Nie widać ukończonej oceny: nie ma jeszcze raportu do zapisania.</translation>
        </message>
        <message>
            <source>Review the move…</source>
            <translation>Przejrzyj przeniesienie…</translation>
        </message>
        <message>
            <source>{shown} of {total} shown</source>
            <translation>Widoczne: {shown} z {total}</translation>
        </message>
        <message>
            <source>Reviewing {count} assessment(s)…</source>
            <translation>Przegląd ocen: {count}…</translation>
        </message>
        <message>
            <source>Comment on the assessment with {organisation}:</source>
            <translation>Komentarz do oceny organizacji {organisation}:</translation>
        </message>
        <message>
            <source>History of the {kind} with {organisation}</source>
            <translation>Historia: {kind}, {organisation}</translation>
        </message>
        <message>
            <source>Deleted the assessment with {organisation}.</source>
            <translation>Usunięto ocenę organizacji {organisation}.</translation>
        </message>
        <message>
            <source>Deleted the assessment with {organisation}</source>
            <translation>Usunięto ocenę organizacji {organisation}</translation>
        </message>
        <message>
            <source>{total} assessment</source>
            <translation>Oceny: {total}</translation>
        </message>
        <message>
            <source>{total} assessments</source>
            <translation>Oceny: {total}</translation>
        </message>
        <message>
            <source>What needs fixing in the assessment with {organisation}? The worker sees this on their laptop.</source>
            <translation>Co trzeba poprawić w ocenie organizacji {organisation}? Pracownik zobaczy to na swoim laptopie.</translation>
        </message>
        <message>
            <source>Why is the assessment with {organisation} rejected?</source>
            <translation>Dlaczego ocena organizacji {organisation} jest odrzucona?</translation>
        </message>
        <message>
            <source>Approved {changed} of the {count} assessments chosen.</source>
            <translation>Zatwierdzono {changed} z {count} wybranych ocen.</translation>
        </message>
        <message>
            <source>Marked the assessment with {organisation} {state}.</source>
            <translation>Ocena organizacji {organisation} oznaczona: {state}.</translation>
        </message>
        <message>
            <source>Version {to_version} of this form is now on this laptop (this draft uses {from_version}). You can move the draft to it from the review.</source>
            <translation>Na laptopie jest teraz wersja {to_version} tego formularza (szkic używa {from_version}). Szkic można do niej przenieść z przeglądu.</translation>
        </message>
        <message>
            <source>Wrote {count} PDF reports</source>
            <translation>Zapisano raporty PDF: {count}</translation>
        </message>
    </context>
    <context>
        <name>BatchReports</name>
        <message>
            <source>Save PDF reports</source>
            <translation>Zapisz raporty PDF</translation>
        </message>
        <message>
            <source>Folder for the reports</source>
            <translation>Folder na raporty</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wybierz…</translation>
        </message>
        <message>
            <source>Choose the folder</source>
            <translation>Wybierz folder</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Folder:</translation>
        </message>
        <message>
            <source>Reports written</source>
            <translation>Zapisane raporty</translation>
        </message>
        <message>
            <source>%v of %m</source>
            <translation>%v z %m</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Postęp</translation>
        </message>
        <message>
            <source>Write reports</source>
            <translation>Zapisz raporty</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Writing reports…</source>
            <translation>Zapisywanie raportów…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <source>Choose a folder for the reports first.</source>
            <translation>Najpierw wybierz folder na raporty.</translation>
        </message>
        <message>
            <source>Stopping after the report being written…</source>
            <translation>Zatrzymanie po bieżącym raporcie…</translation>
        </message>
        <message>
            <source>Something went wrong writing the reports. Nothing was lost; the details are in the log file.</source>
            <translation>Podczas zapisywania raportów coś poszło nie tak. Nic nie przepadło; szczegóły są w pliku dziennika.</translation>
        </message>
        <message>
            <source>Cancelled. {written} of {count} reports were written; the rest were not started.</source>
            <translation>Anulowano. Zapisano raporty: {written} z {count}; pozostałych nie rozpoczęto.</translation>
        </message>
        <message>
            <source>Write a PDF report for each of the {count} assessment into a folder. Each file is named after the organisation, the kind of assessment and its date.</source>
            <translation>Zapisz raport PDF oceny (liczba: {count}) w folderze. Nazwa pliku to organizacja, rodzaj oceny i data.</translation>
        </message>
        <message>
            <source>Write a PDF report for each of the {count} assessments into a folder. Each file is named after the organisation, the kind of assessment and its date.</source>
            <translation>Zapisz raport PDF każdej oceny (liczba: {count}) w folderze. Nazwa pliku to organizacja, rodzaj oceny i data.</translation>
        </message>
        <message>
            <source>Wrote {count} report to {folder}.</source>
            <translation>Zapisano raport ({count}) w folderze {folder}.</translation>
        </message>
        <message>
            <source>Wrote {count} reports to {folder}.</source>
            <translation>Zapisano raporty (liczba: {count}) w folderze {folder}.</translation>
        </message>
    </context>
    <context>
        <name>Confirm</name>
        <message>
            <source>Trust this device?</source>
            <translation>Zaufać temu urządzeniu?</translation>
        </message>
        <message>
            <source>Trust this device</source>
            <translation>Zaufaj temu urządzeniu</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Nie teraz</translation>
        </message>
        <message>
            <source>Trust “{device}” from now on and {what}?</source>
            <translation>Od teraz ufać urządzeniu „{device}” i {what}?</translation>
        </message>
        <message>
            <source>Its key fingerprint is:
{fingerprint}

Compare it with the fingerprint the laptop shows on its Sync page. Trust it only if they match.</source>
            <translation>Odcisk jego klucza:
{fingerprint}

Porównaj go z odciskiem, który laptop pokazuje na stronie Synchronizacja. Zaufaj tylko, jeśli są zgodne.</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <source>Registration</source>
            <translation>Rejestracja</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Ocena</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Uczestnik</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Odpowiedź</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan działań</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Formularz</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Otwarte</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Zachowane</translation>
        </message>
        <message>
            <source>Changed to the other</source>
            <translation>Zmienione na drugą</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Wszystkie</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organizacja</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Pole</translation>
        </message>
        <message>
            <source>Value kept</source>
            <translation>Zachowana wartość</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Od</translation>
        </message>
        <message>
            <source>Other value</source>
            <translation>Druga wartość</translation>
        </message>
        <message>
            <source>From </source>
            <translation>Od </translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Wykryto</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>the record</source>
            <translation>rekordu</translation>
        </message>
        <message>
            <source>Use the other value?</source>
            <translation>Użyć drugiej wartości?</translation>
        </message>
        <message>
            <source>The change is saved as a new revision and recorded in the organisation's history, and laptops receive it in their next field pack. To reverse it later, edit the field back on the Organisations page.</source>
            <translation>Zmiana zostanie zapisana jako nowa wersja i odnotowana w historii organizacji, a laptopy otrzymają ją w następnym pakiecie terenowym. Aby ją później cofnąć, popraw pole na stronie Organizacje.</translation>
        </message>
        <message>
            <source>Use the other value</source>
            <translation>Użyj drugiej wartości</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Wróć</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(usunięto)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(puste)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Tak</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nie</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Konflikty</translation>
        </message>
        <message>
            <source>Two laptops changed the same field from the same starting value. The later change was kept; confirm it, or use the other value instead (saved as a new change that goes back to the laptops with the next field pack).</source>
            <translation>Dwa laptopy zmieniły to samo pole, wychodząc od tej samej wartości. Zachowano późniejszą zmianę; potwierdź ją albo użyj drugiej wartości (zostanie zapisana jako nowa zmiana i wróci na laptopy z następnym pakietem terenowym).</translation>
        </message>
        <message>
            <source>Found from</source>
            <translation>Wykryte od</translation>
        </message>
        <message>
            <source>to</source>
            <translation>do</translation>
        </message>
        <message>
            <source>Organisation, field, the value kept and the other value, with their devices</source>
            <translation>Organizacja, pole, zachowana wartość i druga wartość wraz z urządzeniami</translation>
        </message>
        <message>
            <source>Choose a conflict above to compare its two values.</source>
            <translation>Wybierz konflikt powyżej, aby porównać jego dwie wartości.</translation>
        </message>
        <message>
            <source>Value kept (the later change)</source>
            <translation>Zachowana wartość (późniejsza zmiana)</translation>
        </message>
        <message>
            <source>Keep this value</source>
            <translation>Zachowaj tę wartość</translation>
        </message>
        <message>
            <source>All devices</source>
            <translation>Wszystkie urządzenia</translation>
        </message>
        <message>
            <source>a record</source>
            <translation>rekord</translation>
        </message>
        <message>
            <source>{field}
Kept: {kept} ({kept_device}, {kept_when})
Other: {other} ({other_device}, {other_when})</source>
            <translation>{field}
Zachowano: {kept} ({kept_device}, {kept_when})
Druga: {other} ({other_device}, {other_when})</translation>
        </message>
        <message>
            <source>{record}: deleted</source>
            <translation>{record}: usunięto</translation>
        </message>
        <message>
            <source>(not an organisation)</source>
            <translation>(nie organizacja)</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Pokaż</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Urządzenie</translation>
        </message>
        <message>
            <source>1 conflict</source>
            <translation>1 konflikt</translation>
        </message>
        <message>
            <source>Change {field} of {name} from {old} to {new}?</source>
            <translation>Zmienić pole {field} organizacji {name} z {old} na {new}?</translation>
        </message>
        <message>
            <source>Set on {device} at {when}</source>
            <translation>Ustawiono na {device}: {when}</translation>
        </message>
        <message>
            <source>No conflicts to review.</source>
            <translation>Brak konfliktów do przejrzenia.</translation>
        </message>
        <message>
            <source>Choose a conflict above.</source>
            <translation>Wybierz konflikt powyżej.</translation>
        </message>
        <message>
            <source>Kept {field} of {name} as {value}.</source>
            <translation>Zachowano pole {field} organizacji {name}: {value}.</translation>
        </message>
        <message>
            <source>{field} of {name} is now {value} (saved as a new change).</source>
            <translation>Pole {field} organizacji {name} ma teraz wartość {value} (zapisano jako nową zmianę).</translation>
        </message>
        <message>
            <source>{count} conflicts</source>
            <translation>Konflikty: {count}</translation>
        </message>
    </context>
    <context>
        <name>CouncilPacks</name>
        <message>
            <source>(empty)</source>
            <translation>(puste)</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organizacja</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Pole</translation>
        </message>
        <message>
            <source>The council has</source>
            <translation>Rada ma</translation>
        </message>
        <message>
            <source>This laptop has</source>
            <translation>Ten laptop ma</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Zachowano</translation>
        </message>
        <message>
            <source>No field pack imported yet.</source>
            <translation>Nie zaimportowano jeszcze żadnego pakietu terenowego.</translation>
        </message>
        <message>
            <source>all organisations</source>
            <translation>wszystkie organizacje</translation>
        </message>
        <message>
            <source>Choose the field pack from the council</source>
            <translation>Wybierz pakiet terenowy od rady</translation>
        </message>
        <message>
            <source>Field pack (*.gapkit)</source>
            <translation>Pakiet terenowy (*.gapkit)</translation>
        </message>
        <message>
            <source>Remove 1 organisation outside this laptop's scope?</source>
            <translation>Usunąć 1 organizację spoza zakresu tego laptopa?</translation>
        </message>
        <message>
            <source>Forget organisations</source>
            <translation>Zapomnij organizacje</translation>
        </message>
        <message>
            <source>The council no longer sends them to this laptop. Their assessments go too; the council keeps everything, and nothing not yet sent is removed.</source>
            <translation>Rada nie wysyła ich już na ten laptop. Ich oceny też zostaną usunięte; rada zachowuje wszystko, a nic, co nie zostało jeszcze wysłane, nie zostanie usunięte.</translation>
        </message>
        <message>
            <source>Forget them</source>
            <translation>Zapomnij je</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>Zachowaj je</translation>
        </message>
        <message>
            <source>the council's</source>
            <translation>rady</translation>
        </message>
        <message>
            <source>Import from the council…</source>
            <translation>Importuj od rady…</translation>
        </message>
        <message>
            <source>Choose the field pack the council gave you (Ctrl+I)</source>
            <translation>Wybierz pakiet terenowy otrzymany od rady (Ctrl+I)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Remove from this laptop the organisations the council no longer sends it. Organisations with work not yet sent are kept.</source>
            <translation>Usuń z tego laptopa organizacje, których rada już na niego nie wysyła. Organizacje z niewysłaną pracą zostają.</translation>
        </message>
        <message>
            <source>Changed both here and at the council</source>
            <translation>Zmienione i tutaj, i w radzie</translation>
        </message>
        <message>
            <source>Fields this laptop and the council both changed; the later change was kept.</source>
            <translation>Pola zmienione i na tym laptopie, i przez radę; zachowano późniejszą zmianę.</translation>
        </message>
        <message>
            <source>Use the other value</source>
            <translation>Użyj drugiej wartości</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Zachowaj</translation>
        </message>
        <message>
            <source>Field pack imported</source>
            <translation>Zaimportowano pakiet terenowy</translation>
        </message>
        <message>
            <source>The council sent back 1 assessment with issues: see the Review column on Assessments.</source>
            <translation>Rada odesłała 1 ocenę z uwagami: zobacz kolumnę Przegląd na stronie Oceny.</translation>
        </message>
        <message>
            <source>Field pack import cancelled</source>
            <translation>Anulowano import pakietu terenowego</translation>
        </message>
        <message>
            <source>1 organisation removed from this laptop.</source>
            <translation>Usunięto z tego laptopa 1 organizację.</translation>
        </message>
        <message>
            <source>the organisations you worked with</source>
            <translation>organizacje, z którymi pracowałeś</translation>
        </message>
        <message>
            <source>It had been imported before, so it changed nothing.</source>
            <translation>Był już wcześniej zaimportowany, więc niczego nie zmienił.</translation>
        </message>
        <message>
            <source>this laptop's</source>
            <translation>tego laptopa</translation>
        </message>
        <message>
            <source>This laptop trusts no council yet: trust the council's key in Settings before importing a field pack.</source>
            <translation>Ten laptop nie ufa jeszcze żadnej radzie: przed importem pakietu terenowego zaufaj kluczowi rady w Ustawieniach.</translation>
        </message>
        <message>
            <source>Forget 1 organisation…</source>
            <translation>Zapomnij 1 organizację…</translation>
        </message>
        <message>
            <source>That pack was imported before; nothing changed.</source>
            <translation>Ten pakiet był już zaimportowany; nic się nie zmieniło.</translation>
        </message>
        <message>
            <source>The council sent back {count} assessments with issues: see the Review column on Assessments.</source>
            <translation>Oceny odesłane przez radę z uwagami: {count}; zobacz kolumnę Przegląd na stronie Oceny.</translation>
        </message>
        <message>
            <source>The council keeps them; a pack brings them back if they come into scope.</source>
            <translation>Rada je zachowuje; pakiet przywróci je, jeśli znów znajdą się w zakresie.</translation>
        </message>
        <message>
            <source>Last pack: number {number} from {council}, imported {when} ({organisations} in scope: {scope}).</source>
            <translation>Ostatni pakiet: numer {number} od: {council}, zaimportowany {when} (w zakresie: {organisations}; {scope}).</translation>
        </message>
        <message>
            <source>It brought nothing new.</source>
            <translation>Nie przyniósł nic nowego.</translation>
        </message>
        <message>
            <source>1 conflict found.</source>
            <translation>Znaleziono 1 konflikt.</translation>
        </message>
        <message>
            <source>Remove {count} organisations outside this laptop's scope?</source>
            <translation>Usunąć organizacje spoza zakresu tego laptopa ({count})?</translation>
        </message>
        <message>
            <source>1 field changed both here and at the council: see the list below.</source>
            <translation>1 pole zmieniono i tutaj, i w radzie: zobacz listę poniżej.</translation>
        </message>
        <message>
            <source>{count} organisations removed from this laptop.</source>
            <translation>Organizacje usunięte z tego laptopa: {count}.</translation>
        </message>
        <message>
            <source>wards: {wards}</source>
            <translation>okręgi: {wards}</translation>
        </message>
        <message>
            <source>Field packs are accepted from {name} (key {fingerprint}).</source>
            <translation>Pakiety terenowe są przyjmowane od: {name} (klucz {fingerprint}).</translation>
        </message>
        <message>
            <source>Forget {count} organisations…</source>
            <translation>Zapomnij organizacje ({count})…</translation>
        </message>
        <message>
            <source>The pack was not imported: {reason}</source>
            <translation>Pakietu nie zaimportowano: {reason}</translation>
        </message>
        <message>
            <source>Field pack imported: {added} records added, {updated} updated.</source>
            <translation>Zaimportowano pakiet terenowy: dodane rekordy: {added}, zaktualizowane: {updated}.</translation>
        </message>
        <message>
            <source>added {what}</source>
            <translation>dodano: {what}</translation>
        </message>
        <message>
            <source>updated {what}</source>
            <translation>zaktualizowano: {what}</translation>
        </message>
        <message>
            <source>It {changes}.</source>
            <translation>Zmiany: {changes}.</translation>
        </message>
        <message>
            <source>New form versions: {forms}.</source>
            <translation>Nowe wersje formularzy: {forms}.</translation>
        </message>
        <message>
            <source>Also updated: {what}.</source>
            <translation>Zaktualizowano też: {what}.</translation>
        </message>
        <message>
            <source>Cancelled while storing results: the {count} results not stored yet are worked out when a screen needs them.</source>
            <translation>Anulowano podczas zapisywania wyników: niezapisane jeszcze wyniki ({count}) zostaną obliczone, gdy będą potrzebne na ekranie.</translation>
        </message>
        <message>
            <source>{count} conflicts found.</source>
            <translation>Znalezione konflikty: {count}.</translation>
        </message>
        <message>
            <source>{count} fields changed both here and at the council: see the list below.</source>
            <translation>Pola zmienione i tutaj, i w radzie: {count}; zobacz listę poniżej.</translation>
        </message>
    </context>
    <context>
        <name>CouncilTrust</name>
        <message>
            <source>Choose the council's device file</source>
            <translation>Wybierz plik urządzenia rady</translation>
        </message>
        <message>
            <source>Device file (*.json);;All files (*)</source>
            <translation>Plik urządzenia (*.json);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Trust the council's key</source>
            <translation>Zaufaj kluczowi rady</translation>
        </message>
        <message>
            <source>They match: trust it</source>
            <translation>Zgadzają się: zaufaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Replace the council key</source>
            <translation>Zastąp klucz rady</translation>
        </message>
        <message>
            <source>Replace the key</source>
            <translation>Zastąp klucz</translation>
        </message>
        <message>
            <source>Keep the old key</source>
            <translation>Zachowaj stary klucz</translation>
        </message>
        <message>
            <source>Council key (field packs)</source>
            <translation>Klucz rady (pakiety terenowe)</translation>
        </message>
        <message>
            <source>Trust the council's key…</source>
            <translation>Zaufaj kluczowi rady…</translation>
        </message>
        <message>
            <source>Choose the device file saved on the council's computer (Sync, Save device file…)</source>
            <translation>Wybierz plik urządzenia zapisany na komputerze rady (Synchronizacja, Zapisz plik urządzenia…)</translation>
        </message>
        <message>
            <source>No council trusted yet. Field packs are imported only from the council whose key this laptop trusts.</source>
            <translation>Nie zaufano jeszcze żadnej radzie. Pakiety terenowe są importowane tylko od rady, której kluczowi ufa ten laptop.</translation>
        </message>
        <message>
            <source>The council key was not trusted; nothing changed.</source>
            <translation>Nie zaufano kluczowi rady; nic się nie zmieniło.</translation>
        </message>
        <message>
            <source>Trust field packs from {name}?</source>
            <translation>Ufać pakietom terenowym od: {name}?</translation>
        </message>
        <message>
            <source>Key fingerprint:
{fingerprint}

Compare it, group by group, with the fingerprint on the council's computer (its Settings page). Trust it only if they are the same.</source>
            <translation>Odcisk klucza:
{fingerprint}

Porównaj go, grupa po grupie, z odciskiem na komputerze rady (jego strona Ustawienia). Zaufaj tylko wtedy, gdy są takie same.</translation>
        </message>
        <message>
            <source>Replace the trusted key of {name}?</source>
            <translation>Zastąpić zaufany klucz rady {name}?</translation>
        </message>
        <message>
            <source>Now trusted: {old}
New key: {new}

Packs signed with the old key will be refused. Do this only if the council told you its key changed. The change is recorded and sent to the council.</source>
            <translation>Obecnie zaufany: {old}
Nowy klucz: {new}

Pakiety podpisane starym kluczem będą odrzucane. Zrób to tylko wtedy, gdy rada poinformowała cię o zmianie klucza. Zmiana jest zapisywana i wysyłana do rady.</translation>
        </message>
        <message>
            <source>This laptop now accepts field packs from {name} ({fingerprint}).</source>
            <translation>Ten laptop przyjmuje teraz pakiety terenowe od: {name} ({fingerprint}).</translation>
        </message>
        <message>
            <source>Packs are accepted from {name}
Key fingerprint {fingerprint}</source>
            <translation>Pakiety są przyjmowane od: {name}
Odcisk klucza {fingerprint}</translation>
        </message>
        <message>
            <source>{name}'s key is still the one trusted.</source>
            <translation>Nadal zaufany jest klucz: {name}.</translation>
        </message>
    </context>
    <context>
        <name>DeviceStatus</name>
        <message>
            <source>local</source>
            <translation>lokalne</translation>
        </message>
        <message>
            <source>enrolled</source>
            <translation>zarejestrowane</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>oczekujące</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>unieważnione</translation>
        </message>
    </context>
    <context>
        <name>Devices</name>
        <message>
            <source>Trusted</source>
            <translation>Zaufane</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>Czeka na zatwierdzenie</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Unieważnione</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Ten komputer</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Odcisk klucza</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Last bundle</source>
            <translation>Ostatnia paczka</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Czeka</translation>
        </message>
        <message>
            <source>Gaps</source>
            <translation>Braki</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Od</translation>
        </message>
        <message>
            <source>Trusted (no bundle yet)</source>
            <translation>Zaufane (jeszcze bez paczki)</translation>
        </message>
        <message>
            <source>Bundles are imported only from trusted devices. Enrol a laptop from the device file it saves on its Sync page; a bundle from a device nobody enrolled waits until you approve the device here, after comparing its fingerprint with the laptop's.</source>
            <translation>Paczki są importowane tylko z zaufanych urządzeń. Zarejestruj laptop z pliku urządzenia, który zapisuje on na swojej stronie Synchronizacja; paczka z niezarejestrowanego urządzenia czeka, aż zatwierdzisz je tutaj po porównaniu odcisku klucza z tym na laptopie.</translation>
        </message>
        <message>
            <source>Enrol from device file…</source>
            <translation>Zarejestruj z pliku urządzenia…</translation>
        </message>
        <message>
            <source>Approve and import its bundles…</source>
            <translation>Zatwierdź i importuj jego paczki…</translation>
        </message>
        <message>
            <source>Revoke…</source>
            <translation>Unieważnij…</translation>
        </message>
        <message>
            <source>Name, fingerprint, status, last bundle number and missing bundles of each device</source>
            <translation>Nazwa, odcisk klucza, stan, numer ostatniej paczki i brakujące paczki każdego urządzenia</translation>
        </message>
        <message>
            <source>Enrol a device</source>
            <translation>Zarejestruj urządzenie</translation>
        </message>
        <message>
            <source>Device files (*.json);;All files (*)</source>
            <translation>Pliki urządzeń (*.json);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>import 1 waiting bundle</source>
            <translation>zaimportować 1 czekającą paczkę</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>nieznany</translation>
        </message>
        <message>
            <source>Revoke this device?</source>
            <translation>Unieważnić to urządzenie?</translation>
        </message>
        <message>
            <source>Bundles it sends from now on will be rejected. What it sent before stays in the register.

Do this for a lost, stolen or retired laptop.</source>
            <translation>Paczki, które wyśle od teraz, będą odrzucane. To, co wysłało wcześniej, zostaje w rejestrze.

Zrób to dla zgubionego, skradzionego lub wycofanego laptopa.</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Unieważnij</translation>
        </message>
        <message>
            <source>Keep trusting</source>
            <translation>Nadal ufaj</translation>
        </message>
        <message>
            <source>missing {numbers}</source>
            <translation>brak {numbers}</translation>
        </message>
        <message>
            <source>Approved; 1 waiting bundle imported.</source>
            <translation>Zatwierdzono; zaimportowano 1 czekającą paczkę.</translation>
        </message>
        <message>
            <source>{name} is trusted now (fingerprint {fingerprint}). Its bundles will be imported.</source>
            <translation>Urządzenie {name} jest teraz zaufane (odcisk klucza {fingerprint}). Jego paczki będą importowane.</translation>
        </message>
        <message>
            <source>import {count} waiting bundles</source>
            <translation>zaimportować czekające paczki ({count})</translation>
        </message>
        <message>
            <source>{name} approved; importing its waiting bundles…</source>
            <translation>Zatwierdzono {name}; importowanie czekających paczek…</translation>
        </message>
        <message>
            <source>Stop trusting “{name}”?</source>
            <translation>Przestać ufać urządzeniu „{name}”?</translation>
        </message>
        <message>
            <source>{name} is revoked: its future bundles will be rejected.</source>
            <translation>Urządzenie {name} unieważniono: jego przyszłe paczki będą odrzucane.</translation>
        </message>
        <message>
            <source>Approved; {count} waiting bundles imported.</source>
            <translation>Zatwierdzono; zaimportowane czekające paczki: {count}.</translation>
        </message>
    </context>
    <context>
        <name>DraftMove</name>
        <message>
            <source>no longer asked</source>
            <translation>już niezadawane</translation>
        </message>
        <message>
            <source>the answer no longer fits the statement</source>
            <translation>odpowiedź nie pasuje już do stwierdzenia</translation>
        </message>
        <message>
            <source>1 answer stays with the same statement.</source>
            <translation>1 odpowiedź zostaje przy tym samym stwierdzeniu.</translation>
        </message>
        <message>
            <source>Kept read-only, under “from the earlier version”</source>
            <translation>Zachowane tylko do odczytu, w części „z wcześniejszej wersji”</translation>
        </message>
        <message>
            <source>(not scored; nothing is deleted)</source>
            <translation>(bez punktacji; nic nie jest usuwane)</translation>
        </message>
        <message>
            <source>New statements that need an answer</source>
            <translation>Nowe stwierdzenia wymagające odpowiedzi</translation>
        </message>
        <message>
            <source>(flagged in the review)</source>
            <translation>(oznaczone w przeglądzie)</translation>
        </message>
        <message>
            <source>Move this draft to the new version</source>
            <translation>Przenieś szkic do nowej wersji</translation>
        </message>
        <message>
            <source>What the move does</source>
            <translation>Co zmienia przeniesienie</translation>
        </message>
        <message>
            <source>Move the draft</source>
            <translation>Przenieś szkic</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>{count} answers stay with the same statement.</source>
            <translation>Odpowiedzi zostające przy tych samych stwierdzeniach: {count}.</translation>
        </message>
        <message>
            <source>Moved to the statement that replaces it</source>
            <translation>Przeniesione do stwierdzenia, które je zastępuje</translation>
        </message>
        <message>
            <source>Move this draft from version {from_version} to version {to_version} of the form?</source>
            <translation>Przenieść szkic z wersji {from_version} do wersji {to_version} formularza?</translation>
        </message>
    </context>
    <context>
        <name>FieldPacks</name>
        <message>
            <source>Pack</source>
            <translation>Pakiet</translation>
        </message>
        <message>
            <source>Built</source>
            <translation>Utworzono</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Dla</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organizacje</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Rekordy</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Zawartość</translation>
        </message>
        <message>
            <source>Saved as</source>
            <translation>Zapisano jako</translation>
        </message>
        <message>
            <source>Save the field pack in which folder or USB stick?</source>
            <translation>W którym folderze lub na którym pendrivie zapisać pakiet terenowy?</translation>
        </message>
        <message>
            <source>everything</source>
            <translation>wszystko</translation>
        </message>
        <message>
            <source>changes</source>
            <translation>zmiany</translation>
        </message>
        <message>
            <source>Field packs</source>
            <translation>Pakiety terenowe</translation>
        </message>
        <message>
            <source>A field pack carries the council's organisations, completed assessments, forms, support offers and ward list to a laptop, signed with the council's key. Laptops import it from their Sync page. A pack for a laptop holds only what changed since its last pack.</source>
            <translation>Pakiet terenowy przenosi na laptop organizacje rady, ukończone oceny, formularze, oferty wsparcia i listę okręgów, podpisane kluczem rady. Laptopy importują go na swojej stronie Synchronizacja. Pakiet dla konkretnego laptopa zawiera tylko to, co zmieniło się od jego ostatniego pakietu.</translation>
        </message>
        <message>
            <source>New pack</source>
            <translation>Nowy pakiet</translation>
        </message>
        <message>
            <source>Wards</source>
            <translation>Okręgi</translation>
        </message>
        <message>
            <source>Everything, not only what changed since the laptop's last pack</source>
            <translation>Wszystko, nie tylko zmiany od ostatniego pakietu laptopa</translation>
        </message>
        <message>
            <source>Build pack…</source>
            <translation>Utwórz pakiet…</translation>
        </message>
        <message>
            <source>Choose a folder or USB stick and write the pack there (Ctrl+B)</source>
            <translation>Wybierz folder lub pendrive i zapisz tam pakiet (Ctrl+B)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Packs built here</source>
            <translation>Pakiety utworzone tutaj</translation>
        </message>
        <message>
            <source>No packs built yet.</source>
            <translation>Nie utworzono jeszcze żadnego pakietu.</translation>
        </message>
        <message>
            <source>Any laptop (everything in scope)</source>
            <translation>Dowolny laptop (wszystko z zakresu)</translation>
        </message>
        <message>
            <source>everything in scope</source>
            <translation>wszystko z zakresu</translation>
        </message>
        <message>
            <source>the changes since its last pack</source>
            <translation>zmiany od jego ostatniego pakietu</translation>
        </message>
        <message>
            <source>Field pack cancelled</source>
            <translation>Anulowano pakiet terenowy</translation>
        </message>
        <message>
            <source>Choose the laptop whose organisations the pack should hold</source>
            <translation>Wybierz laptop, którego organizacje ma zawierać pakiet</translation>
        </message>
        <message>
            <source>wards: {wards}</source>
            <translation>okręgi: {wards}</translation>
        </message>
        <message>
            <source>any laptop</source>
            <translation>dowolny laptop</translation>
        </message>
        <message>
            <source>Field pack {number} saved as {path}: {what}, {organisations} in scope, {records}.</source>
            <translation>Pakiet terenowy {number} zapisano jako {path}: {what}; w zakresie: {organisations}; {records}.</translation>
        </message>
        <message>
            <source>Field pack {number} saved</source>
            <translation>Pakiet terenowy {number} zapisany</translation>
        </message>
        <message>
            <source>all</source>
            <translation>wszystkie</translation>
        </message>
        <message>
            <source>worked-with</source>
            <translation>z którymi pracował</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>Inne nazwy</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation>Forma prawna</translation>
        </message>
        <message>
            <source>Legal form (other)</source>
            <translation>Forma prawna (inna)</translation>
        </message>
        <message>
            <source>Charity number</source>
            <translation>Numer organizacji charytatywnej</translation>
        </message>
        <message>
            <source>Company number</source>
            <translation>Numer spółki</translation>
        </message>
        <message>
            <source>Mutuals register number</source>
            <translation>Numer w rejestrze mutuals</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Miejscowość</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Kod pocztowy</translation>
        </message>
        <message>
            <source>Ward</source>
            <translation>Okręg</translation>
        </message>
        <message>
            <source>Ward list</source>
            <translation>Lista okręgów</translation>
        </message>
        <message>
            <source>District committee area</source>
            <translation>Obszar komitetu dzielnicowego</translation>
        </message>
        <message>
            <source>Areas of benefit</source>
            <translation>Obszary działania</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Tematy</translation>
        </message>
        <message>
            <source>Who benefits</source>
            <translation>Kto korzysta</translation>
        </message>
        <message>
            <source>Who benefits (other)</source>
            <translation>Kto korzysta (inni)</translation>
        </message>
        <message>
            <source>Year founded</source>
            <translation>Rok założenia</translation>
        </message>
        <message>
            <source>Annual income</source>
            <translation>Roczny dochód</translation>
        </message>
        <message>
            <source>Trustees / committee members</source>
            <translation>Członkowie zarządu / komitetu</translation>
        </message>
        <message>
            <source>Paid staff (FTE)</source>
            <translation>Płatny personel (etaty)</translation>
        </message>
        <message>
            <source>Regular volunteers</source>
            <translation>Stali wolontariusze</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>Konto bankowe</translation>
        </message>
        <message>
            <source>Bank signatories</source>
            <translation>Osoby upoważnione do konta</translation>
        </message>
        <message>
            <source>Policies held</source>
            <translation>Posiadane polityki</translation>
        </message>
        <message>
            <source>Insurance held</source>
            <translation>Posiadane ubezpieczenia</translation>
        </message>
        <message>
            <source>Interested in</source>
            <translation>Zainteresowanie</translation>
        </message>
        <message>
            <source>Building for asset transfer</source>
            <translation>Budynek do przekazania (CAT)</translation>
        </message>
        <message>
            <source>Contact name</source>
            <translation>Osoba kontaktowa</translation>
        </message>
        <message>
            <source>Contact role</source>
            <translation>Funkcja osoby kontaktowej</translation>
        </message>
        <message>
            <source>Contact email</source>
            <translation>E-mail kontaktowy</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>Telefon kontaktowy</translation>
        </message>
        <message>
            <source>Contact's preferred language</source>
            <translation>Preferowany język osoby kontaktowej</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>Data zgody</translation>
        </message>
        <message>
            <source>How consent was given</source>
            <translation>Jak wyrażono zgodę</translation>
        </message>
        <message>
            <source>What consent covers</source>
            <translation>Czego dotyczy zgoda</translation>
        </message>
        <message>
            <source>GAP status</source>
            <translation>Status GAP</translation>
        </message>
        <message>
            <source>GAP status date</source>
            <translation>Data statusu GAP</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Uwagi</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>Register organisations and run health checks and CAT readiness assessments with groups, then send the work to the council.</source>
            <translation>Rejestruj organizacje i przeprowadzaj z grupami kontrole kondycji oraz oceny gotowości do CAT, a potem wyślij pracę do rady.</translation>
        </message>
        <message>
            <source>Check your own group's health without a worker: a plain-English guide for each section, everyone rates privately, then you agree an action plan and send it to the council.</source>
            <translation>Sprawdź kondycję własnej grupy bez pracownika: prosty przewodnik do każdej części, każdy ocenia w tajemnicy, potem uzgadniacie plan działań i wysyłacie go do rady.</translation>
        </message>
        <message>
            <source>Bring in the work of field laptops and groups, approve devices, settle conflicts and look across all organisations.</source>
            <translation>Przyjmuj pracę z laptopów terenowych i grup, zatwierdzaj urządzenia, rozstrzygaj konflikty i przeglądaj wszystkie organizacje.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(brak)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wybierz…</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Wstecz</translation>
        </message>
        <message>
            <source>e.g. Sam Ahmed</source>
            <translation>np. Sam Ahmed</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Twoje imię i nazwisko</translation>
        </message>
        <message>
            <source>This laptop's name</source>
            <translation>Nazwa tego laptopa</translation>
        </message>
        <message>
            <source>Council device file</source>
            <translation>Plik urządzenia rady</translation>
        </message>
        <message>
            <source>Council public key</source>
            <translation>Klucz publiczny rady</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Rozpocznij</translation>
        </message>
        <message>
            <source>e.g. Kirklees Council</source>
            <translation>np. Kirklees Council</translation>
        </message>
        <message>
            <source>Your council</source>
            <translation>Twoja rada</translation>
        </message>
        <message>
            <source>Council</source>
            <translation>Rada</translation>
        </message>
        <message>
            <source>First laptop (optional)</source>
            <translation>Pierwszy laptop (opcjonalnie)</translation>
        </message>
        <message>
            <source>Make the key and start</source>
            <translation>Utwórz klucz i rozpocznij</translation>
        </message>
        <message>
            <source>The council's key pair was made:</source>
            <translation>Utworzono parę kluczy rady:</translation>
        </message>
        <message>
            <source>The council's key pair was found (and kept):</source>
            <translation>Znaleziono parę kluczy rady (i ją zachowano):</translation>
        </message>
        <message>
            <source>The council's key</source>
            <translation>Klucz rady</translation>
        </message>
        <message>
            <source>Who is using GAP Field Kit?</source>
            <translation>Kto używa GAP Field Kit?</translation>
        </message>
        <message>
            <source>Change who uses this computer</source>
            <translation>Zmień, kto używa tego komputera</translation>
        </message>
        <message>
            <source>Welcome to GAP Field Kit</source>
            <translation>Witamy w GAP Field Kit</translation>
        </message>
        <message>
            <source>Who uses this computer?</source>
            <translation>Kto używa tego komputera?</translation>
        </message>
        <message>
            <source>Who is using it on this computer? You can change this later in Settings.</source>
            <translation>Kto z niego korzysta na tym komputerze? Można to później zmienić w Ustawieniach.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>from {file}</source>
            <translation>z pliku {file}</translation>
        </message>
        <message>
            <source>The laptop's name is how the council sees this laptop's bundles. The council's device file (optional) lets this laptop accept the council's field packs; council.pub (optional) encrypts the bundles you send. Both come from the council; you can add them later in Settings and Sync.</source>
            <translation>Po nazwie laptopa rada rozpoznaje paczki z tego laptopa. Plik urządzenia rady (opcjonalny) pozwala temu laptopowi przyjmować pakiety terenowe rady; council.pub (opcjonalny) szyfruje wysyłane paczki. Oba pochodzą od rady; można je dodać później w Ustawieniach i Synchronizacji.</translation>
        </message>
        <message>
            <source>This is the self-assessment edition. It keeps one organisation, yours: a short registration, then the health check, a guide before each section, everyone rating privately, the results, an action plan and a PDF to keep. When you are ready, 'Send to the council' writes a locked file only the council can open.</source>
            <translation>To jest wersja do samooceny. Przechowuje jedną organizację, waszą: krótka rejestracja, potem kontrola kondycji, przewodnik przed każdą częścią, każdy ocenia w tajemnicy, wyniki, plan działań i PDF do zachowania. Gdy będziecie gotowi, „Wyślij do rady” zapisze zamknięty plik, który może otworzyć tylko rada.</translation>
        </message>
        <message>
            <source>The council's public key comes with the app from your council (in its council-setup.json) or as a file called council.pub.</source>
            <translation>Klucz publiczny rady przychodzi wraz z aplikacją od waszej rady (w jej pliku council-setup.json) albo jako plik o nazwie council.pub.</translation>
        </message>
        <message>
            <source>The first laptop's device file is the one its Sync page saves (Save device file…); enrolling it means its bundles are trusted. More laptops are enrolled under Import → Devices.</source>
            <translation>Plik urządzenia pierwszego laptopa to ten, który zapisuje jego strona Synchronizacja (Zapisz plik urządzenia…); zarejestrowanie go oznacza, że jego paczki są zaufane. Kolejne laptopy rejestruje się w Import → Urządzenia.</translation>
        </message>
        <message>
            <source>{made}

{private_key}
    stays on this computer; back it up safely.
{public_key}
    goes to every laptop and group (or in council-setup.json).

Fingerprint: {fingerprint}</source>
            <translation>{made}

{private_key}
    zostaje na tym komputerze; zrób jego bezpieczną kopię zapasową.
{public_key}
    trafia do każdego laptopa i grupy (albo w council-setup.json).

Odcisk klucza: {fingerprint}</translation>
        </message>
        <message>
            <source>Council setup file found: {description}</source>
            <translation>Znaleziono plik konfiguracyjny rady: {description}</translation>
        </message>
        <message>
            <source>GAP Field Kit makes the council's key pair in {folder}: council.key stays on this computer (back it up: without it, bundles sent to the council cannot be opened) and council.pub goes to every laptop and group. An existing council.key there is kept and used.</source>
            <translation>GAP Field Kit tworzy parę kluczy rady w {folder}: council.key zostaje na tym komputerze (zrób jego kopię zapasową: bez niego nie da się otworzyć paczek wysłanych do rady), a council.pub trafia do każdego laptopa i grupy. Istniejący już tam council.key zostaje zachowany i użyty.</translation>
        </message>
        <message>
            <source>Enrolled the first laptop: {name}.</source>
            <translation>Zarejestrowano pierwszy laptop: {name}.</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <source>Form</source>
            <translation>Formularz</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Wersja</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Języki</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Pytania</translation>
        </message>
        <message>
            <source>&amp;Export as XLSForm…</source>
            <translation>&amp;Eksportuj jako XLSForm…</translation>
        </message>
        <message>
            <source>Write the chosen form as an XLSForm for Kobo or ODK</source>
            <translation>Zapisz wybrany formularz jako XLSForm dla Kobo lub ODK</translation>
        </message>
        <message>
            <source>&amp;Import an XLSForm…</source>
            <translation>&amp;Importuj XLSForm…</translation>
        </message>
        <message>
            <source>Turn an ODK or Kobo XLSForm into a form file</source>
            <translation>Zamień XLSForm z ODK lub Kobo na plik formularza</translation>
        </message>
        <message>
            <source>Import &amp;online answers…</source>
            <translation>Importuj odpowiedzi &amp;online…</translation>
        </message>
        <message>
            <source>Bring in a Kobo or ODK Central CSV export of the chosen form as assessments</source>
            <translation>Wczytaj eksport CSV z Kobo lub ODK Central dla wybranego formularza jako oceny</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>Formularze</translation>
        </message>
        <message>
            <source>The forms this app runs. A form can go to KoboToolbox or ODK as an XLSForm, so a group with a signal can also fill it in online.</source>
            <translation>Formularze, które obsługuje ta aplikacja. Formularz może trafić do KoboToolbox lub ODK jako XLSForm, więc grupa z zasięgiem może go też wypełnić online.</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>Eksportowanie</translation>
        </message>
        <message>
            <source>Importing the XLSForm</source>
            <translation>Importowanie XLSForm</translation>
        </message>
        <message>
            <source>Importing online answers</source>
            <translation>Importowanie odpowiedzi online</translation>
        </message>
        <message>
            <source>Choose a form first.</source>
            <translation>Najpierw wybierz formularz.</translation>
        </message>
        <message>
            <source>Export as XLSForm</source>
            <translation>Eksportuj jako XLSForm</translation>
        </message>
        <message>
            <source>Import an XLSForm</source>
            <translation>Importuj XLSForm</translation>
        </message>
        <message>
            <source>This form is a version of:</source>
            <translation>Ten formularz to wersja:</translation>
        </message>
        <message>
            <source>Save the form file</source>
            <translation>Zapisz plik formularza</translation>
        </message>
        <message>
            <source>Form file (*.yaml)</source>
            <translation>Plik formularza (*.yaml)</translation>
        </message>
        <message>
            <source>Choose the form the online answers were given on.</source>
            <translation>Wybierz formularz, na którym udzielono odpowiedzi online.</translation>
        </message>
        <message>
            <source>Import online answers</source>
            <translation>Importuj odpowiedzi online</translation>
        </message>
        <message>
            <source>CSV export (*.csv)</source>
            <translation>Eksport CSV (*.csv)</translation>
        </message>
        <message>
            <source>Wrote {file}: {count} questions.</source>
            <translation>Zapisano {file}: pytania: {count}.</translation>
        </message>
        <message>
            <source>Wrote {file}: {form} as an XLSForm.</source>
            <translation>Zapisano {file}: {form} jako XLSForm.</translation>
        </message>
        <message>
            <source>Could not write {file}: {reason}.</source>
            <translation>Nie udało się zapisać {file}: {reason}.</translation>
        </message>
        <message>
            <source>Left out ({count}):</source>
            <translation>Pominięto ({count}):</translation>
        </message>
    </context>
    <context>
        <name>Funds</name>
        <message>
            <source>Save the registration to see the funds this organisation could apply to.</source>
            <translation>Zapisz rejestrację, aby zobaczyć fundusze, o które ta organizacja może się ubiegać.</translation>
        </message>
        <message>
            <source>Start a health check first: actions go on an assessment's plan.</source>
            <translation>Najpierw rozpocznij przegląd kondycji: działania trafiają do planu działania oceny.</translation>
        </message>
        <message>
            <source>There is no such assessment yet: use “Start assessment…” to run one.</source>
            <translation>Nie ma jeszcze takiej oceny: użyj „Start assessment…”, aby ją przeprowadzić.</translation>
        </message>
        <message>
            <source>the {assessment} of {date}</source>
            <translation>{assessment} z {date}</translation>
        </message>
        <message>
            <source>Added to the action plan: {action}</source>
            <translation>Dodano do planu działania: {action}</translation>
        </message>
        <message>
            <source>This assessment is deleted; restore it to add to its plan.</source>
            <translation>Ta ocena jest usunięta; przywróć ją, aby dodać coś do jej planu.</translation>
        </message>
        <message>
            <source>this assessment</source>
            <translation>tej oceny</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>zamknięty</translation>
        </message>
        <message>
            <source>a health check</source>
            <translation>przegląd kondycji</translation>
        </message>
        <message>
            <source>apply any time</source>
            <translation>wnioski w dowolnym momencie</translation>
        </message>
        <message>
            <source>a CAT readiness check</source>
            <translation>ocena gotowości do CAT</translation>
        </message>
        <message>
            <source>Eligibility here is a guide, never a decision: the funder decides.</source>
            <translation>Kwalifikowalność podana tutaj to wskazówka, nigdy decyzja: decyduje grantodawca.</translation>
        </message>
        <message>
            <source>Funding you could apply for</source>
            <translation>Dofinansowanie, o które możecie się ubiegać</translation>
        </message>
        <message>
            <source>Choose an organisation to see the funds it could apply to.</source>
            <translation>Wybierz organizację, aby zobaczyć fundusze, o które może się ubiegać.</translation>
        </message>
        <message>
            <source>Eligibility is a guide</source>
            <translation>Kwalifikowalność to wskazówka</translation>
        </message>
        <message>
            <source>Add as action</source>
            <translation>Dodaj jako działanie</translation>
        </message>
        <message>
            <source>In the plan</source>
            <translation>W planie</translation>
        </message>
        <message>
            <source>This is on the action plan already.</source>
            <translation>To już jest w planie działania.</translation>
        </message>
        <message>
            <source>next deadline {date}</source>
            <translation>najbliższy termin: {date}</translation>
        </message>
        <message>
            <source>closed on {date}</source>
            <translation>zamknięty {date}</translation>
        </message>
        <message>
            <source>the CAT readiness statement “{statement}”</source>
            <translation>stwierdzenie oceny gotowości do CAT „{statement}”</translation>
        </message>
        <message>
            <source>the CAT readiness section “{section}”</source>
            <translation>część oceny gotowości do CAT „{section}”</translation>
        </message>
        <message>
            <source>Funds file last updated {date}.</source>
            <translation>Plik funduszy zaktualizowano ostatnio {date}.</translation>
        </message>
        <message>
            <source>Funds</source>
            <translation>Fundusze</translation>
        </message>
        <message>
            <source>Funds you can apply to now</source>
            <translation>Fundusze, o które możecie się ubiegać już teraz</translation>
        </message>
        <message>
            <source>Funds you could apply to after…</source>
            <translation>Fundusze, o które będziecie mogli się ubiegać, gdy…</translation>
        </message>
        <message>
            <source>the health check statement “{statement}”</source>
            <translation>stwierdzenie przeglądu kondycji „{statement}”</translation>
        </message>
        <message>
            <source>the health check section “{section}”</source>
            <translation>część przeglądu kondycji „{section}”</translation>
        </message>
        <message>
            <source>None yet: the funds below say what would open them.</source>
            <translation>Na razie żaden: przy funduszach poniżej napisano, co otworzy do nich drogę.</translation>
        </message>
        <message>
            <source>Nothing stands in the way of the open funds.</source>
            <translation>Nic nie stoi na przeszkodzie do otwartych funduszy.</translation>
        </message>
        <message>
            <source>Closed for now</source>
            <translation>Na razie zamknięte</translation>
        </message>
        <message>
            <source>Closed funds</source>
            <translation>Zamknięte fundusze</translation>
        </message>
        <message>
            <source>Not met: {reason}</source>
            <translation>Niespełnione: {reason}</translation>
        </message>
        <message>
            <source>Add as action: {action}</source>
            <translation>Dodaj jako działanie: {action}</translation>
        </message>
        <message>
            <source>website</source>
            <translation>strona internetowa</translation>
        </message>
        <message>
            <source>There is no action plan to add to yet.</source>
            <translation>Nie ma jeszcze planu działania, do którego można coś dodać.</translation>
        </message>
        <message>
            <source>registration: {fields}</source>
            <translation>rejestracja: {fields}</translation>
        </message>
        <message>
            <source>{action} — by {date}</source>
            <translation>{action} — do {date}</translation>
        </message>
        <message>
            <source>Add “{action}” to the action plan of {plan}</source>
            <translation>Dodaj „{action}” do planu działania: {plan}</translation>
        </message>
        <message>
            <source>help: {offer}</source>
            <translation>pomoc: {offer}</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>User guide</source>
            <translation>Podręcznik użytkownika</translation>
        </message>
        <message>
            <source>Running an assessment</source>
            <translation>Prowadzenie oceny</translation>
        </message>
        <message>
            <source>Self-assessment for groups</source>
            <translation>Samoocena dla grup</translation>
        </message>
        <message>
            <source>Council setup file</source>
            <translation>Plik ustawień rady</translation>
        </message>
        <message>
            <source>Installing and packaging</source>
            <translation>Instalacja i pakowanie</translation>
        </message>
        <message>
            <source>Sync bundle format</source>
            <translation>Format pakietu synchronizacji</translation>
        </message>
        <message>
            <source>GAP Field Kit help</source>
            <translation>Pomoc GAP Field Kit</translation>
        </message>
        <message>
            <source>Help documents</source>
            <translation>Dokumenty pomocy</translation>
        </message>
        <message>
            <source>Help text</source>
            <translation>Tekst pomocy</translation>
        </message>
        <message>
            <source>The help files were not found in {folder}. Reinstall GAP Field Kit.</source>
            <translation>Nie znaleziono plików pomocy w {folder}. Zainstaluj GAP Field Kit ponownie.</translation>
        </message>
        <message>
            <source>{file} cannot be read: {error}.</source>
            <translation>Nie można odczytać {file}: {error}.</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>(removed)</source>
            <translation>(usunięto)</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(usunięte)</translation>
        </message>
        <message>
            <source>(restored)</source>
            <translation>(przywrócone)</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Utworzono</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Zmieniono</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Usunięto</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Przywrócono</translation>
        </message>
        <message>
            <source>Conflict settled</source>
            <translation>Rozstrzygnięto konflikt</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Ukończono</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Otwarto ponownie</translation>
        </message>
        <message>
            <source>Erased at the person's request</source>
            <translation>Usunięto na prośbę osoby</translation>
        </message>
        <message>
            <source>Erased from the history</source>
            <translation>Usunięto z historii</translation>
        </message>
        <message>
            <source>Moved to a new version of the form</source>
            <translation>Przeniesiono do nowej wersji formularza</translation>
        </message>
        <message>
            <source>Kept after the retention review</source>
            <translation>Zachowano po przeglądzie retencji</translation>
        </message>
        <message>
            <source>The council confirmed receiving it</source>
            <translation>Rada potwierdziła odbiór</translation>
        </message>
        <message>
            <source>Council key trusted</source>
            <translation>Zaufano kluczowi rady</translation>
        </message>
        <message>
            <source>Council key replaced</source>
            <translation>Wymieniono klucz rady</translation>
        </message>
        <message>
            <source>Approved by the council</source>
            <translation>Zatwierdzone przez radę</translation>
        </message>
        <message>
            <source>Sent back by the council: has issues</source>
            <translation>Odesłane przez radę: są problemy</translation>
        </message>
        <message>
            <source>Rejected by the council</source>
            <translation>Odrzucone przez radę</translation>
        </message>
        <message>
            <source>Fixed and sent again</source>
            <translation>Poprawione i wysłane ponownie</translation>
        </message>
        <message>
            <source>Review state set back to received</source>
            <translation>Stan przeglądu przywrócony na „otrzymano”</translation>
        </message>
        <message>
            <source>status</source>
            <translation>stan</translation>
        </message>
        <message>
            <source>completion time</source>
            <translation>czas ukończenia</translation>
        </message>
        <message>
            <source>statement in progress</source>
            <translation>bieżące stwierdzenie</translation>
        </message>
        <message>
            <source>form</source>
            <translation>formularz</translation>
        </message>
        <message>
            <source>form version</source>
            <translation>wersja formularza</translation>
        </message>
        <message>
            <source>CAT stage</source>
            <translation>etap CAT</translation>
        </message>
        <message>
            <source>consent</source>
            <translation>zgoda</translation>
        </message>
        <message>
            <source>answer</source>
            <translation>odpowiedź</translation>
        </message>
        <message>
            <source>don't know</source>
            <translation>nie wiem</translation>
        </message>
        <message>
            <source>due date</source>
            <translation>termin</translation>
        </message>
        <message>
            <source>support offered</source>
            <translation>oferowane wsparcie</translation>
        </message>
        <message>
            <source>review state</source>
            <translation>stan przeglądu</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Szkic</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Odpowiedź</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Działanie</translation>
        </message>
        <message>
            <source>made here</source>
            <translation>zrobione tutaj</translation>
        </message>
        <message>
            <source>Made on this computer (or before arrivals were recorded).</source>
            <translation>Zrobione na tym komputerze (lub zanim zapisywano przybycia).</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Tak</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nie</translation>
        </message>
        <message>
            <source>Carried over to the new form version</source>
            <translation>Przeniesione do nowej wersji formularza</translation>
        </message>
        <message>
            <source>Left with the old form version</source>
            <translation>Pozostawione przy starej wersji formularza</translation>
        </message>
        <message>
            <source>field pack</source>
            <translation>pakiet terenowy</translation>
        </message>
        <message>
            <source>bundle</source>
            <translation>pakiet</translation>
        </message>
        <message>
            <source>Bundle id {id}</source>
            <translation>Identyfikator pakietu {id}</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Zmiany</translation>
        </message>
        <message>
            <source>How many changes</source>
            <translation>Liczba zmian</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <source>version {id}</source>
            <translation>wersja {id}</translation>
        </message>
        <message>
            <source>Review: {state}</source>
            <translation>Przegląd: {state}</translation>
        </message>
        <message>
            <source>{where}: {subject}</source>
            <translation>{where}: {subject}</translation>
        </message>
        <message>
            <source>{action} {field}</source>
            <translation>{action}: {field}</translation>
        </message>
        <message>
            <source>{action}: {field}</source>
            <translation>{action}: {field}</translation>
        </message>
        <message>
            <source>{said} ({about})</source>
            <translation>{said} ({about})</translation>
        </message>
        <message>
            <source>device {id}</source>
            <translation>urządzenie {id}</translation>
        </message>
        <message>
            <source>{person} ({device})</source>
            <translation>{person} ({device})</translation>
        </message>
        <message>
            <source>{what} from {device}</source>
            <translation>{what} od: {device}</translation>
        </message>
        <message>
            <source>Bundle id {id}, imported {when}</source>
            <translation>Identyfikator pakietu {id}, zaimportowano {when}</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kiedy</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kto</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Co</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Przed</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Po</translation>
        </message>
        <message>
            <source>Through</source>
            <translation>Skąd</translation>
        </message>
        <message>
            <source>{action} {about}</source>
            <translation>{action}: {about}</translation>
        </message>
        <message>
            <source>bundle {number}</source>
            <translation>pakiet {number}</translation>
        </message>
        <message>
            <source>{count} field</source>
            <translation>pola: {count}</translation>
        </message>
        <message>
            <source>{count} fields</source>
            <translation>pola: {count}</translation>
        </message>
        <message>
            <source>field pack {number}</source>
            <translation>pakiet terenowy {number}</translation>
        </message>
        <message>
            <source>{count} change</source>
            <translation>Zmiany: {count}</translation>
        </message>
        <message>
            <source>{count} changes</source>
            <translation>Zmiany: {count}</translation>
        </message>
        <message>
            <source>{changes}, oldest first: who made each one (the person and their device), when, and the bundle that brought it here.</source>
            <translation>{changes}, od najstarszej: kto wprowadził każdą (osoba i jej urządzenie), kiedy i który pakiet ją tu przyniósł.</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Merged</source>
            <translation>Scalono</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Odrzucono</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Czeka</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>Czeka na zatwierdzenie</translation>
        </message>
        <message>
            <source>Already imported</source>
            <translation>Już zaimportowano</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Plik</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Od</translation>
        </message>
        <message>
            <source>Bundle</source>
            <translation>Paczka</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Wynik</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Dodano</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Zaktualizowano</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Bez zmian</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Konflikty</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Co się stało</translation>
        </message>
        <message>
            <source>From device</source>
            <translation>Z urządzenia</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Otrzymano</translation>
        </message>
        <message>
            <source>Why it waits</source>
            <translation>Dlaczego czeka</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kiedy</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>nieznany</translation>
        </message>
        <message>
            <source>the approved bundle</source>
            <translation>zatwierdzonej paczki</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} i {last}</translation>
        </message>
        <message>
            <source>Bundle {numbers} from {device} never arrived.</source>
            <translation>Paczka {numbers} z urządzenia {device} nigdy nie dotarła.</translation>
        </message>
        <message>
            <source>Bundles {numbers} from {device} never arrived.</source>
            <translation>Paczki {numbers} z urządzenia {device} nigdy nie dotarły.</translation>
        </message>
        <message>
            <source>Importing {name} ({number} of {count})</source>
            <translation>Importowanie {name} ({number} z {count})</translation>
        </message>
        <message>
            <source>Import bundles</source>
            <translation>Import paczek</translation>
        </message>
        <message>
            <source>Drop .gapkit bundles or a folder of them here, or choose them. Each bundle is checked (signature, hashes, every record) and merged in one go, or not at all.</source>
            <translation>Upuść tutaj paczki .gapkit lub folder z nimi albo je wybierz. Każda paczka jest sprawdzana (podpis, skróty, każdy rekord) i scalana w całości albo wcale.</translation>
        </message>
        <message>
            <source>Import files…</source>
            <translation>Importuj pliki…</translation>
        </message>
        <message>
            <source>Import a folder…</source>
            <translation>Importuj folder…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>No bundles imported in this session yet.</source>
            <translation>W tej sesji nie zaimportowano jeszcze żadnej paczki.</translation>
        </message>
        <message>
            <source>One row per bundle: what it added and changed</source>
            <translation>Jeden wiersz na paczkę: co dodała i co zmieniła</translation>
        </message>
        <message>
            <source>Approve device and import…</source>
            <translation>Zatwierdź urządzenie i importuj…</translation>
        </message>
        <message>
            <source>Bundles from devices not yet enrolled; approve the device to import them</source>
            <translation>Paczki z urządzeń jeszcze niezarejestrowanych; zatwierdź urządzenie, aby je zaimportować</translation>
        </message>
        <message>
            <source>Registrations kept in a spreadsheet can be brought in too.</source>
            <translation>Można też przenieść rejestracje prowadzone w arkuszu kalkulacyjnym.</translation>
        </message>
        <message>
            <source>Import registrations from a spreadsheet…</source>
            <translation>Importuj rejestracje z arkusza…</translation>
        </message>
        <message>
            <source>Bundles</source>
            <translation>Paczki</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Urządzenia</translation>
        </message>
        <message>
            <source>Every import attempt</source>
            <translation>Każda próba importu</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historia</translation>
        </message>
        <message>
            <source>Sync bundles (*.gapkit);;All files (*)</source>
            <translation>Paczki synchronizacji (*.gapkit);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Import every bundle in a folder</source>
            <translation>Importuj wszystkie paczki z folderu</translation>
        </message>
        <message>
            <source>Importing 1 bundle…</source>
            <translation>Importowanie 1 paczki…</translation>
        </message>
        <message>
            <source>import its bundle</source>
            <translation>zaimportować jego paczkę</translation>
        </message>
        <message>
            <source>Approving the device and importing its bundle…</source>
            <translation>Zatwierdzanie urządzenia i import jego paczki…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was changed by the bundle in progress.</source>
            <translation>Anulowano: przetwarzana paczka niczego nie zmieniła.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>An import is already running; wait for it to finish.</source>
            <translation>Import już trwa; poczekaj, aż się zakończy.</translation>
        </message>
        <message>
            <source>Bundles merged: {count}</source>
            <translation>Scalone paczki: {count}</translation>
        </message>
        <message>
            <source>{count} already imported before (nothing changed)</source>
            <translation>już wcześniej zaimportowane: {count} (nic się nie zmieniło)</translation>
        </message>
        <message>
            <source>{count} rejected (see the red rows)</source>
            <translation>odrzucone: {count} (zobacz czerwone wiersze)</translation>
        </message>
        <message>
            <source>{count} waiting for approval</source>
            <translation>czekające na zatwierdzenie: {count}</translation>
        </message>
        <message>
            <source>Waiting for approval ({count})</source>
            <translation>Czeka na zatwierdzenie ({count})</translation>
        </message>
        <message>
            <source>Importing {count} bundles…</source>
            <translation>Importowanie paczek ({count})…</translation>
        </message>
        <message>
            <source>this device</source>
            <translation>to urządzenie</translation>
        </message>
        <message>
            <source>Cancelling… the import is kept; the results not stored yet are worked out when a screen needs them.</source>
            <translation>Anulowanie… import zostaje zachowany; niezapisane jeszcze wyniki zostaną obliczone, gdy będą potrzebne na ekranie.</translation>
        </message>
        <message>
            <source>Cancelling… the bundle being merged is rolled back.</source>
            <translation>Anulowanie… scalana paczka zostanie wycofana.</translation>
        </message>
        <message>
            <source>Cancelled while storing results. {summary} The import is kept; the {count} results not stored yet are worked out when a screen needs them.</source>
            <translation>Anulowano podczas zapisywania wyników. {summary} Import został zachowany; niezapisane jeszcze wyniki ({count}) zostaną obliczone, gdy będą potrzebne na ekranie.</translation>
        </message>
        <message>
            <source>Something went wrong while importing; the bundle in progress was rolled back, so nothing was half-imported. The details are in the log. ({detail})</source>
            <translation>Podczas importu coś poszło nie tak; przetwarzana paczka została wycofana, więc nic nie zostało zaimportowane połowicznie. Szczegóły są w dzienniku. ({detail})</translation>
        </message>
        <message>
            <source>records added: {added}, updated: {updated}, conflicts: {conflicts}</source>
            <translation>dodane rekordy: {added}, zaktualizowane: {updated}, konflikty: {conflicts}</translation>
        </message>
        <message>
            <source>Cancelled. {summary} The bundle being merged when you cancelled was not changed.</source>
            <translation>Anulowano. {summary} Paczka scalana w chwili anulowania nie została zmieniona.</translation>
        </message>
        <message>
            <source>Storing results: {done} of {total}</source>
            <translation>Zapisywanie wyników: {done} z {total}</translation>
        </message>
    </context>
    <context>
        <name>ImportCsv</name>
        <message>
            <source>Will be added</source>
            <translation>Zostanie dodany</translation>
        </message>
        <message>
            <source>Will update</source>
            <translation>Zaktualizuje</translation>
        </message>
        <message>
            <source>Already up to date</source>
            <translation>Już aktualny</translation>
        </message>
        <message>
            <source>Bad row</source>
            <translation>Błędny wiersz</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Dodano</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Zaktualizowano</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Bez zmian</translation>
        </message>
        <message>
            <source>Import registrations from a spreadsheet</source>
            <translation>Import rejestracji z arkusza</translation>
        </message>
        <message>
            <source>Choose a CSV or Excel file with one organisation a row and a header row. Each column is matched to a registration field by its name; change any that are wrong. Rows for organisations already registered (same charity, company or mutuals number, or same name and postcode) update them instead of adding them twice.</source>
            <translation>Wybierz plik CSV lub Excel z jedną organizacją w wierszu i wierszem nagłówka. Każda kolumna jest dopasowywana do pola rejestracji po nazwie; popraw te, które są błędne. Wiersze organizacji już zarejestrowanych (ten sam numer organizacji charytatywnej, spółki lub mutuals albo ta sama nazwa i kod pocztowy) aktualizują je, zamiast dodawać drugi raz.</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>Nie wybrano pliku</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Wybierz plik…</translation>
        </message>
        <message>
            <source>What happens to each row; bad rows say why</source>
            <translation>Co stanie się z każdym wierszem; błędne wiersze mówią dlaczego</translation>
        </message>
        <message>
            <source>Choose a file to see what would be imported.</source>
            <translation>Wybierz plik, aby zobaczyć, co zostałoby zaimportowane.</translation>
        </message>
        <message>
            <source>All or nothing: import only if every row is good</source>
            <translation>Wszystko albo nic: importuj tylko, gdy każdy wiersz jest poprawny</translation>
        </message>
        <message>
            <source>Skip bad rows: import the good rows, leave the bad ones out</source>
            <translation>Pomiń błędne wiersze: importuj poprawne, pomiń błędne</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importuj</translation>
        </message>
        <message>
            <source>Registration spreadsheet</source>
            <translation>Arkusz rejestracji</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.xlsx);;CSV files (*.csv);;All files (*)</source>
            <translation>Arkusze (*.csv *.xlsx);;Pliki CSV (*.csv);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>changes {fields} (matched on {key})</source>
            <translation>zmienia: {fields} (dopasowano po: {key})</translation>
        </message>
        <message>
            <source>matched on {key}</source>
            <translation>dopasowano po: {key}</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Kolumny</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Kolumna</translation>
        </message>
        <message>
            <source>Registration field</source>
            <translation>Pole rejestracji</translation>
        </message>
        <message>
            <source>First row</source>
            <translation>Pierwszy wiersz</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Wiersze</translation>
        </message>
        <message>
            <source>(leave out)</source>
            <translation>(pomiń)</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>Sprawdzanie wszystkich wierszy…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importowanie…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Wiersz</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organizacja</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Wynik</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Szczegóły</translation>
        </message>
        <message>
            <source>Some rows are bad: fix them in the file, or choose Skip bad rows.</source>
            <translation>Niektóre wiersze są błędne: popraw je w pliku albo wybierz „Pomiń błędne wiersze”.</translation>
        </message>
        <message>
            <source>Left out: {columns}.</source>
            <translation>Pominięto: {columns}.</translation>
        </message>
        <message>
            <source>{summary} (read as {encoding})</source>
            <translation>{summary} (odczytano jako {encoding})</translation>
        </message>
    </context>
    <context>
        <name>Inputs</name>
        <message>
            <source>Not answered</source>
            <translation>Bez odpowiedzi</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>Sugerowane</translation>
        </message>
        <message>
            <source>Type the answer here. Ctrl+Enter goes to the next statement.</source>
            <translation>Wpisz tutaj odpowiedź. Ctrl+Enter przechodzi do następnego stwierdzenia.</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Nie dotyczy</translation>
        </message>
        <message>
            <source>This does not apply to us.</source>
            <translation>To nas nie dotyczy.</translation>
        </message>
        <message>
            <source>Press {key}</source>
            <translation>Naciśnij {key}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Something went wrong inside GAP Field Kit. Nothing you entered was lost: every change is saved as you make it. The details are in the log file {log}.</source>
            <translation>W GAP Field Kit coś poszło nie tak. Nic, co wpisano, nie przepadło: każda zmiana zapisuje się na bieżąco. Szczegóły są w pliku dziennika {log}.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Coś poszło nie tak</translation>
        </message>
        <message>
            <source>GAP Field Kit cannot open your data</source>
            <translation>GAP Field Kit nie może otworzyć danych</translation>
        </message>
        <message>
            <source>About GAP Field Kit</source>
            <translation>O programie GAP Field Kit</translation>
        </message>
        <message>
            <source>GAP Field Kit — council</source>
            <translation>GAP Field Kit — rada</translation>
        </message>
        <message>
            <source>GAP Field Kit — self-assessment</source>
            <translation>GAP Field Kit — samoocena</translation>
        </message>
        <message>
            <source>Our group</source>
            <translation>Nasza grupa</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organizacje</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Oceny</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronizacja</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Field packs</source>
            <translation>Pakiety terenowe</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Przegląd</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Konflikty</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>Formularze</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ustawienia</translation>
        </message>
        <message>
            <source>GAP Field Kit</source>
            <translation>GAP Field Kit</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Strony</translation>
        </message>
        <message>
            <source>Choose a page; Ctrl+1 to Ctrl+9 jump to a page.</source>
            <translation>Wybierz stronę; Ctrl+1 do Ctrl+9 przechodzą do strony.</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Strona</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Pomoc</translation>
        </message>
        <message>
            <source>User guide (Ctrl+F1), council setup file, About GAP Field Kit</source>
            <translation>Podręcznik użytkownika (Ctrl+F1), plik ustawień rady, O programie GAP Field Kit</translation>
        </message>
        <message>
            <source>Go to {page}</source>
            <translation>Przejdź do: {page}</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Podręcznik użytkownika</translation>
        </message>
        <message>
            <source>Council setup file</source>
            <translation>Plik ustawień rady</translation>
        </message>
        <message>
            <source>Opening your data</source>
            <translation>Otwieranie danych</translation>
        </message>
        <message>
            <source>Opening your data…</source>
            <translation>Otwieranie danych…</translation>
        </message>
    </context>
    <context>
        <name>Matched</name>
        <message>
            <source>charity number</source>
            <translation>numer organizacji charytatywnej</translation>
        </message>
        <message>
            <source>company number</source>
            <translation>numer spółki</translation>
        </message>
        <message>
            <source>mutuals register number</source>
            <translation>numer w rejestrze towarzystw wzajemnych</translation>
        </message>
        <message>
            <source>name and postcode</source>
            <translation>nazwa i kod pocztowy</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>The database {path} is damaged ({what}). Nothing was changed. Close GAP Field Kit, move the file aside and copy the newest file from {backups} in its place (renamed {file}); ask IT for help if there is none.</source>
            <translation>Baza danych {path} jest uszkodzona ({what}). Nic nie zmieniono. Zamknij GAP Field Kit, odłóż ten plik na bok i skopiuj w jego miejsce najnowszy plik z {backups} (ze zmienioną nazwą na {file}); jeśli go nie ma, poproś dział IT o pomoc.</translation>
        </message>
        <message>
            <source>The file {path} is not a GAP Field Kit database ({what}). Nothing was changed. Check the data folder (--data-dir or GAPKIT_DATA_DIR) points where you meant; if it does, move that file aside.</source>
            <translation>Plik {path} nie jest bazą danych GAP Field Kit ({what}). Nic nie zmieniono. Sprawdź, czy folder danych (--data-dir lub GAPKIT_DATA_DIR) wskazuje tam, gdzie chcesz; jeśli tak, odłóż ten plik na bok.</translation>
        </message>
        <message>
            <source>The disk holding {folder} is full, so GAP Field Kit cannot save. The database is not damaged. Free some space (empty the recycle bin, move old files off), then try again.</source>
            <translation>Dysk, na którym jest {folder}, jest pełny, więc GAP Field Kit nie może zapisywać. Baza danych nie jest uszkodzona. Zwolnij trochę miejsca (opróżnij kosz, przenieś stare pliki gdzie indziej) i spróbuj ponownie.</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be written to (it is read-only, or you have no permission). The database is not damaged. Choose a folder you can write to, or ask IT to give you write access.</source>
            <translation>Do folderu danych {folder} nie można zapisywać (jest tylko do odczytu albo nie masz uprawnień). Baza danych nie jest uszkodzona. Wybierz folder, do którego możesz zapisywać, albo poproś dział IT o prawo zapisu.</translation>
        </message>
        <message>
            <source>The database {where} was written by a newer version of GAP Field Kit (schema {revision}; this version knows up to {known}). Install the newer version to open it. The database has not been changed.</source>
            <translation>Baza danych {where} została zapisana przez nowszą wersję GAP Field Kit (schemat {revision}; ta wersja zna schematy do {known}). Zainstaluj nowszą wersję, aby ją otworzyć. Baza danych nie została zmieniona.</translation>
        </message>
        <message>
            <source>the file is empty, 0 bytes, though this folder was used before</source>
            <translation>plik jest pusty, ma 0 bajtów, choć ten folder był już używany</translation>
        </message>
        <message>
            <source>it is not an SQLite database file</source>
            <translation>nie jest to plik bazy danych SQLite</translation>
        </message>
        <message>
            <source>Cannot create the data folder {folder}: {reason}.</source>
            <translation>Nie można utworzyć folderu danych {folder}: {reason}.</translation>
        </message>
        <message>
            <source>the file is cut short</source>
            <translation>plik jest ucięty</translation>
        </message>
        <message>
            <source>it holds other tables ({tables}…)</source>
            <translation>zawiera inne tabele ({tables}…)</translation>
        </message>
        <message>
            <source>An action's outcome is one of: {outcomes}.</source>
            <translation>Wynik działania to jedno z: {outcomes}.</translation>
        </message>
        <message>
            <source>That assessment does not exist (it may have been deleted).</source>
            <translation>Ta ocena nie istnieje (mogła zostać usunięta).</translation>
        </message>
        <message>
            <source>This assessment is completed, so its review of last time's actions is locked. Reopen it to make changes.</source>
            <translation>Ta ocena jest zakończona, więc przegląd działań z poprzedniego razu jest zablokowany. Otwórz ją ponownie, aby wprowadzić zmiany.</translation>
        </message>
        <message>
            <source>That action is not in an earlier plan of this organisation.</source>
            <translation>Tego działania nie ma we wcześniejszym planie tej organizacji.</translation>
        </message>
        <message>
            <source>An assessment reviews earlier plans, not its own.</source>
            <translation>Ocena przegląda wcześniejsze plany, a nie własny.</translation>
        </message>
        <message>
            <source>Say what the action is (for example: write a reserves policy).</source>
            <translation>Napisz, na czym polega działanie (na przykład: napisać politykę rezerw).</translation>
        </message>
        <message>
            <source>Action status must be one of: {statuses}.</source>
            <translation>Stan działania musi być jednym z: {statuses}.</translation>
        </message>
        <message>
            <source>'{language}' is not a language code.</source>
            <translation>'{language}' nie jest kodem języka.</translation>
        </message>
        <message>
            <source>Unknown assessment kind '{kind}'. Choose one of: {kinds}.</source>
            <translation>Nieznany rodzaj oceny '{kind}'. Wybierz jeden z: {kinds}.</translation>
        </message>
        <message>
            <source>Unknown mode '{mode}'. Choose facilitated or group.</source>
            <translation>Nieznany tryb '{mode}'. Wybierz facilitated lub group.</translation>
        </message>
        <message>
            <source>The group has not agreed to their answers being kept and sent to the council. Ask for their agreement before starting, or stop here.</source>
            <translation>Grupa nie zgodziła się na przechowywanie odpowiedzi i przesłanie ich do rady. Przed rozpoczęciem poproś o zgodę albo zakończ w tym miejscu.</translation>
        </message>
        <message>
            <source>A group session needs at least one participant (for example P1).</source>
            <translation>Sesja grupowa wymaga co najmniej jednego uczestnika (na przykład P1).</translation>
        </message>
        <message>
            <source>There is no {kind} form installed.</source>
            <translation>Nie zainstalowano formularza: {kind}.</translation>
        </message>
        <message>
            <source>Each participant needs a label of their own (P1, P2, ...).</source>
            <translation>Każdy uczestnik potrzebuje własnego oznaczenia (P1, P2, ...).</translation>
        </message>
        <message>
            <source>Role '{role}' is not one of: {roles}.</source>
            <translation>Rola '{role}' nie jest żadną z: {roles}.</translation>
        </message>
        <message>
            <source>A participant needs a label, for example P4.</source>
            <translation>Uczestnik potrzebuje oznaczenia, na przykład P4.</translation>
        </message>
        <message>
            <source>Only rated statements take each participant's own rating.</source>
            <translation>Tylko stwierdzenia z oceną przyjmują ocenę każdego uczestnika osobno.</translation>
        </message>
        <message>
            <source>{count} required statement(s) have no answer yet. Answer them (or choose "don't know") before completing.</source>
            <translation>Wymagane stwierdzenia bez odpowiedzi: {count}. Odpowiedz na nie (lub wybierz „nie wiem”) przed zakończeniem.</translation>
        </message>
        <message>
            <source>An action has no field {fields}.</source>
            <translation>Działanie nie ma pola {fields}.</translation>
        </message>
        <message>
            <source>This assessment is completed, so its answers are locked. Reopen it to make changes (the change will be recorded).</source>
            <translation>Ta ocena jest zakończona, więc jej odpowiedzi są zablokowane. Otwórz ją ponownie, aby wprowadzić zmiany (zmiana zostanie zapisana w historii).</translation>
        </message>
        <message>
            <source>The form '{form}' has no stages; it takes none.</source>
            <translation>Formularz '{form}' nie ma etapów; nie wybiera się w nim etapu.</translation>
        </message>
        <message>
            <source>'{stage}' is not a stage of this form. Choose one of: {stages}.</source>
            <translation>'{stage}' nie jest etapem tego formularza. Wybierz jeden z: {stages}.</translation>
        </message>
        <message>
            <source>The form this assessment was answered on is missing.</source>
            <translation>Brakuje formularza, na którym wypełniono tę ocenę.</translation>
        </message>
        <message>
            <source>That organisation is not in the register.</source>
            <translation>Tej organizacji nie ma w rejestrze.</translation>
        </message>
        <message>
            <source>There is already a participant called {label}.</source>
            <translation>Jest już uczestnik o nazwie {label}.</translation>
        </message>
        <message>
            <source>'{question}' is not a question of this form.</source>
            <translation>'{question}' nie jest pytaniem tego formularza.</translation>
        </message>
        <message>
            <source>{statement}: {problem}</source>
            <translation>{statement}: {problem}</translation>
        </message>
        <message>
            <source>That action is no longer in the plan.</source>
            <translation>Tego działania nie ma już w planie.</translation>
        </message>
        <message>
            <source>The 'by when' date must look like 2026-03-31.</source>
            <translation>Data „do kiedy” musi mieć postać 2026-03-31.</translation>
        </message>
        <message>
            <source>The start date {start} is after the end date {end}. Swap them round.</source>
            <translation>Data początkowa {start} jest późniejsza niż data końcowa {end}. Zamień je miejscami.</translation>
        </message>
        <message>
            <source>Give this computer a name of 1 to 200 characters.</source>
            <translation>Nadaj temu komputerowi nazwę o długości od 1 do 200 znaków.</translation>
        </message>
        <message>
            <source>{problem} This laptop's signing key cannot be used, so bundles cannot be signed. Restore the file from a backup, or move it aside to make a new key (the council then has to enrol this laptop again).</source>
            <translation>{problem} Klucza podpisu tego laptopa nie da się użyć, więc nie można podpisywać paczek. Przywróć plik z kopii zapasowej albo przenieś go w inne miejsce, aby utworzyć nowy klucz (rada musi wtedy ponownie zarejestrować ten laptop).</translation>
        </message>
        <message>
            <source>Cannot create this laptop's signing key in {folder}: {reason}. Check that the data folder can be written to.</source>
            <translation>Nie można utworzyć klucza podpisu tego laptopa w {folder}: {reason}. Sprawdź, czy do folderu danych można zapisywać.</translation>
        </message>
        <message>
            <source>The form version on this laptop changed since the move was offered. Look at the offer again.</source>
            <translation>Wersja formularza na tym laptopie zmieniła się od czasu zaproponowania przeniesienia. Obejrzyj propozycję ponownie.</translation>
        </message>
        <message>
            <source>Only a draft can move to a new version of its form.</source>
            <translation>Tylko wersja robocza może przejść na nową wersję swojego formularza.</translation>
        </message>
        <message>
            <source>This draft is already on that version of the form.</source>
            <translation>Ta wersja robocza jest już na tej wersji formularza.</translation>
        </message>
        <message>
            <source>That assessment does not exist.</source>
            <translation>Ta ocena nie istnieje.</translation>
        </message>
        <message>
            <source>That condition is met already, or the fund is no longer listed.</source>
            <translation>Ten warunek jest już spełniony albo funduszu nie ma już na liście.</translation>
        </message>
        <message>
            <source>The funds file cannot be used: {reason}</source>
            <translation>Nie można użyć pliku funduszy: {reason}</translation>
        </message>
        <message>
            <source>{added} online assessment(s) added, {already} already imported before</source>
            <translation>dodane oceny online: {added}, zaimportowane już wcześniej: {already}</translation>
        </message>
        <message>
            <source>{file}: {count} submission(s) can't be imported, so none were. Fix these and import the file again:
{listed}{more}</source>
            <translation>{file}: nie można zaimportować zgłoszeń ({count}), więc nie zaimportowano żadnego. Popraw je i zaimportuj plik ponownie:
{listed}{more}</translation>
        </message>
        <message>
            <source>it has no instance id (meta/instanceID or _uuid)</source>
            <translation>nie ma identyfikatora instancji (meta/instanceID ani _uuid)</translation>
        </message>
        <message>
            <source>its instance id is too long</source>
            <translation>jego identyfikator instancji jest za długi</translation>
        </message>
        <message>
            <source>no registered organisation is called '{name}' at postcode '{postcode}'; register it first, or correct the name</source>
            <translation>żadna zarejestrowana organizacja nie nazywa się '{name}' pod kodem pocztowym '{postcode}'; najpierw ją zarejestruj albo popraw nazwę</translation>
        </message>
        <message>
            <source>'{name}' at '{postcode}' matches {count} organisations</source>
            <translation>'{name}' pod '{postcode}' pasuje do wielu organizacji (liczba: {count})</translation>
        </message>
        <message>
            <source>it answers none of the form's statements</source>
            <translation>nie odpowiada na żadne stwierdzenie formularza</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… i jeszcze {count}</translation>
        </message>
        <message>
            <source>{file} is not a file.</source>
            <translation>{file} nie jest plikiem.</translation>
        </message>
        <message>
            <source>{file} is {size:,} bytes; the limit is {most:,}.</source>
            <translation>{file} ma {size:,} bajtów; limit to {most:,}.</translation>
        </message>
        <message>
            <source>Could not read {file}: {reason}.</source>
            <translation>Nie można odczytać {file}: {reason}.</translation>
        </message>
        <message>
            <source>{file} is empty.</source>
            <translation>{file} jest pusty.</translation>
        </message>
        <message>
            <source>{file} is not a CSV file ({reason}).</source>
            <translation>{file} nie jest plikiem CSV ({reason}).</translation>
        </message>
        <message>
            <source>'{postcode}' is not a UK postcode</source>
            <translation>'{postcode}' nie jest brytyjskim kodem pocztowym</translation>
        </message>
        <message>
            <source>line {line}: submission {id} appears twice</source>
            <translation>wiersz {line}: zgłoszenie {id} występuje dwa razy</translation>
        </message>
        <message>
            <source>{file} has more than {most:,} submissions.</source>
            <translation>{file} zawiera więcej niż {most:,} zgłoszeń.</translation>
        </message>
        <message>
            <source>{question}: {problem}</source>
            <translation>{question}: {problem}</translation>
        </message>
        <message>
            <source>{question}: '{answer}' is not a valid answer</source>
            <translation>{question}: '{answer}' nie jest prawidłową odpowiedzią</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <translation>wiersz {line}: {problem}</translation>
        </message>
        <message>
            <source>That organisation is not in the register (it may have been deleted). Refresh the list and try again.</source>
            <translation>Tej organizacji nie ma w rejestrze (mogła zostać usunięta). Odśwież listę i spróbuj ponownie.</translation>
        </message>
        <message>
            <source>Cancelled; no organisations were registered.</source>
            <translation>Anulowano; nie zarejestrowano żadnej organizacji.</translation>
        </message>
        <message>
            <source>Give a name, email or phone number of at least 3 characters to look for.</source>
            <translation>Podaj imię i nazwisko, e-mail lub numer telefonu (co najmniej 3 znaki), aby wyszukać.</translation>
        </message>
        <message>
            <source>The retention period is a number of years from 1 to 50.</source>
            <translation>Okres przechowywania to liczba lat od 1 do 50.</translation>
        </message>
        <message>
            <source>Give at least the first 4 characters of the organisation's id.</source>
            <translation>Podaj co najmniej 4 pierwsze znaki identyfikatora organizacji.</translation>
        </message>
        <message>
            <source>{count} organisations' ids start with {start}; give more of it.</source>
            <translation>Identyfikatory wielu organizacji (liczba: {count}) zaczynają się od {start}; podaj więcej znaków.</translation>
        </message>
        <message>
            <source>No organisation with id {id}.</source>
            <translation>Brak organizacji o identyfikatorze {id}.</translation>
        </message>
        <message>
            <source>{name} holds no contact details to erase.</source>
            <translation>{name} nie ma danych kontaktowych do usunięcia.</translation>
        </message>
        <message>
            <source>an erase event for the {what} {record_id} changes its {field}, which holds no personal data</source>
            <translation>zdarzenie usunięcia danych dla: {what} {record_id} zmienia pole {field}, które nie zawiera danych osobowych</translation>
        </message>
        <message>
            <source>an erase event for the {what} {record_id} replaces its {field} with text that is not held there with parts erased</source>
            <translation>zdarzenie usunięcia danych dla: {what} {record_id} zastępuje pole {field} tekstem, który nie jest przechowywanym tekstem z usuniętymi fragmentami</translation>
        </message>
        <message>
            <source>Nothing is held about “{person}”: nothing was erased. Check the spelling, or look for their email or phone number.</source>
            <translation>Nic nie jest przechowywane o „{person}”: niczego nie usunięto. Sprawdź pisownię albo wyszukaj ich e-mail lub numer telefonu.</translation>
        </message>
        <message>
            <source>No organisation's id starts with {start}.</source>
            <translation>Identyfikator żadnej organizacji nie zaczyna się od {start}.</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was imported.</source>
            <translation>Import anulowano; nic nie zaimportowano.</translation>
        </message>
        <message>
            <source>Line {line} already gives {name} (same {how}), with a different {fields}. Keep one row for each organisation.</source>
            <translation>Wiersz {line} już podaje {name} (ten sam {how}), ale z innym polem: {fields}. Zostaw jeden wiersz dla każdej organizacji.</translation>
        </message>
        <message>
            <source>Line {line} already adds {name} (same {how}), with a different {fields}. Keep one row for each organisation.</source>
            <translation>Wiersz {line} już dodaje {name} (ten sam {how}), ale z innym polem: {fields}. Zostaw jeden wiersz dla każdej organizacji.</translation>
        </message>
        <message>
            <source>This row is ambiguous: {problem}</source>
            <translation>Ten wiersz jest niejednoznaczny: {problem}</translation>
        </message>
        <message>
            <source>form</source>
            <translation>formularz</translation>
        </message>
        <message>
            <source>support offers</source>
            <translation>oferty wsparcia</translation>
        </message>
        <message>
            <source>ward list</source>
            <translation>lista okręgów</translation>
        </message>
        <message>
            <source>funds file</source>
            <translation>plik funduszy</translation>
        </message>
        <message>
            <source>The {kind} {path} cannot be read: {reason}</source>
            <translation>Nie można odczytać pliku {path} ({kind}): {reason}</translation>
        </message>
        <message>
            <source>The {kind} {path} is not valid, so no pack can carry it: {reason}</source>
            <translation>Plik {path} ({kind}) jest nieprawidłowy, więc żaden pakiet nie może go zawierać: {reason}</translation>
        </message>
        <message>
            <source>Unknown review state {state}: choose one of {states}.</source>
            <translation>Nieznany stan przeglądu {state}: wybierz jeden z {states}.</translation>
        </message>
        <message>
            <source>The comment holds a NUL character; type it again.</source>
            <translation>Komentarz zawiera znak NUL; wpisz go ponownie.</translation>
        </message>
        <message>
            <source>The comment is longer than {most:,} characters.</source>
            <translation>Komentarz jest dłuższy niż {most:,} znaków.</translation>
        </message>
        <message>
            <source>Name an assessment by its id (gapkit review list shows them).</source>
            <translation>Wskaż ocenę jej identyfikatorem (pokazuje je gapkit review list).</translation>
        </message>
        <message>
            <source>There is no assessment with the id {id}. See the ids with: gapkit review list</source>
            <translation>Nie ma oceny o identyfikatorze {id}. Identyfikatory pokazuje: gapkit review list</translation>
        </message>
        <message>
            <source>More than one assessment id starts with {start}; type more of it.</source>
            <translation>Więcej niż jeden identyfikator oceny zaczyna się od {start}; wpisz więcej znaków.</translation>
        </message>
        <message>
            <source>Council staff mark work approved, has-issues or rejected; {state} is not something to set.</source>
            <translation>Pracownicy rady oznaczają pracę jako approved, has-issues lub rejected; stanu {state} nie ustawia się.</translation>
        </message>
        <message>
            <source>Say why it is marked {state}: the worker sees the comment on their laptop (--comment TEXT).</source>
            <translation>Napisz, dlaczego oznaczono jako {state}: pracownik zobaczy komentarz na swoim laptopie (--comment TEXT).</translation>
        </message>
        <message>
            <source>Choose at least one assessment to review.</source>
            <translation>Wybierz co najmniej jedną ocenę do przeglądu.</translation>
        </message>
        <message>
            <source>Write a comment first.</source>
            <translation>Najpierw napisz komentarz.</translation>
        </message>
        <message>
            <source>Only council staff review work: this is a field laptop (council mode is off).</source>
            <translation>Pracę przeglądają tylko pracownicy rady: to jest laptop terenowy (tryb rady jest wyłączony).</translation>
        </message>
        <message>
            <source>There is no assessment with the id {id}.</source>
            <translation>Nie ma oceny o identyfikatorze {id}.</translation>
        </message>
        <message>
            <source>Cancelled: nothing was marked (the review is all or nothing).</source>
            <translation>Anulowano: nic nie oznaczono (przegląd jest wykonywany w całości albo wcale).</translation>
        </message>
        <message>
            <source>The assessment {id} is not completed, so there is nothing to review yet.</source>
            <translation>Ocena {id} nie jest zakończona, więc nie ma jeszcze czego przeglądać.</translation>
        </message>
        <message>
            <source>Your group is registered already; change its details instead.</source>
            <translation>Twoja grupa jest już zarejestrowana; zamiast tego zmień jej dane.</translation>
        </message>
        <message>
            <source>Register your group first.</source>
            <translation>Najpierw zarejestruj swoją grupę.</translation>
        </message>
        <message>
            <source>Not part of the short registration: {fields}.</source>
            <translation>Nie należy do skróconej rejestracji: {fields}.</translation>
        </message>
        <message>
            <source>Tick the box to agree that the council may keep your contact details, or leave the contact details empty.</source>
            <translation>Zaznacz pole, aby zgodzić się na przechowywanie Twoich danych kontaktowych przez radę, albo zostaw dane kontaktowe puste.</translation>
        </message>
        <message>
            <source>Register your group first: there is nothing to send yet.</source>
            <translation>Najpierw zarejestruj swoją grupę: nie ma jeszcze czego wysłać.</translation>
        </message>
        <message>
            <source>This app has no council key to lock the file with, so it cannot send it. Ask the council for its council-setup.json or council.pub and choose it under Settings → Who uses this computer.</source>
            <translation>Ta aplikacja nie ma klucza rady, którym mogłaby zablokować plik, więc nie może go wysłać. Poproś radę o jej council-setup.json lub council.pub i wybierz go w Ustawienia → Kto używa tego komputera.</translation>
        </message>
        <message>
            <source>{what} is needed.</source>
            <translation>{what}: to pole jest wymagane.</translation>
        </message>
        <message>
            <source>{what} is too long (200 characters at most).</source>
            <translation>{what}: za długie (najwyżej 200 znaków).</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Twoje imię i nazwisko</translation>
        </message>
        <message>
            <source>The laptop's name</source>
            <translation>Nazwa laptopa</translation>
        </message>
        <message>
            <source>A group needs the council's public key to send its results; it comes in the council's setup file (council-setup.json) or as council.pub.</source>
            <translation>Grupa potrzebuje klucza publicznego rady, aby wysłać wyniki; jest on w pliku konfiguracji rady (council-setup.json) albo jako council.pub.</translation>
        </message>
        <message>
            <source>Cannot write the council key files in {folder}: {reason}.</source>
            <translation>Nie można zapisać plików klucza rady w {folder}: {reason}.</translation>
        </message>
        <message>
            <source>The council setup file {path} cannot be used: {problems}. Nothing was changed; ask the council for a corrected file (its format is in the Help menu, 'Council setup file').</source>
            <translation>Nie można użyć pliku konfiguracji rady {path}: {problems}. Niczego nie zmieniono; poproś radę o poprawiony plik (jego format opisano w menu Pomoc, „Plik konfiguracji rady”).</translation>
        </message>
        <message>
            <source>No conflict {conflict_id!r}; `gapkit conflicts list` shows the open ones.</source>
            <translation>Nie ma konfliktu {conflict_id!r}; otwarte konflikty pokazuje `gapkit conflicts list`.</translation>
        </message>
        <message>
            <source>That conflict was already settled ({status}).</source>
            <translation>Ten konflikt został już rozstrzygnięty ({status}).</translation>
        </message>
        <message>
            <source>Conflicts on {table} cannot be reversed here.</source>
            <translation>Konfliktów w tabeli {table} nie można tu cofnąć.</translation>
        </message>
        <message>
            <source>The record of that conflict no longer exists.</source>
            <translation>Rekord, którego dotyczy ten konflikt, już nie istnieje.</translation>
        </message>
        <message>
            <source>{problem} Use the file `gapkit devices show --json` writes on the council's computer.</source>
            <translation>{problem} Użyj pliku, który zapisuje `gapkit devices show --json` na komputerze rady.</translation>
        </message>
        <message>
            <source>That is this computer's own device file, not the council's. Use the file from the council's computer.</source>
            <translation>To jest plik urządzenia tego komputera, a nie rady. Użyj pliku z komputera rady.</translation>
        </message>
        <message>
            <source>That device id is this computer's own; nothing was changed.</source>
            <translation>To jest identyfikator urządzenia tego komputera; nic nie zmieniono.</translation>
        </message>
        <message>
            <source>This laptop already trusts {current} (fingerprint {current_fingerprint}). The file gives {offered} with another key (fingerprint {offered_fingerprint}). Replace the trusted key only if the council told you its key changed and the new fingerprint matches the one on the council's screen; nothing was changed.</source>
            <translation>Ten laptop już ufa radzie {current} (odcisk {current_fingerprint}). Plik podaje {offered} z innym kluczem (odcisk {offered_fingerprint}). Zastąp zaufany klucz tylko wtedy, gdy rada powiedziała, że zmieniła klucz, a nowy odcisk zgadza się z tym na ekranie rady; nic nie zmieniono.</translation>
        </message>
        <message>
            <source>Nothing has changed since the last export, so there is nothing to send. Choose a full export to send everything again.</source>
            <translation>Od ostatniego eksportu nic się nie zmieniło, więc nie ma czego wysłać. Wybierz pełny eksport, aby wysłać wszystko jeszcze raz.</translation>
        </message>
        <message>
            <source>Nothing has changed since the last export, so there is nothing to send. 1 draft assessment is held back until completed; include drafts to send them now. Choose a full export to send everything again.</source>
            <translation>Od ostatniego eksportu nic się nie zmieniło, więc nie ma czego wysłać. 1 ocena robocza czeka, aż zostanie ukończona; dołącz wersje robocze, aby wysłać ją teraz. Wybierz pełny eksport, aby wysłać wszystko jeszcze raz.</translation>
        </message>
        <message>
            <source>Nothing has changed since the last export, so there is nothing to send. {drafts} draft assessments are held back until completed; include drafts to send them now. Choose a full export to send everything again.</source>
            <translation>Od ostatniego eksportu nic się nie zmieniło, więc nie ma czego wysłać. Oceny robocze wstrzymane do czasu ukończenia: {drafts}; dołącz wersje robocze, aby wysłać je teraz. Wybierz pełny eksport, aby wysłać wszystko jeszcze raz.</translation>
        </message>
        <message>
            <source>{problem} Use the council.pub file made by `gapkit keys council-init` on the council's computer.</source>
            <translation>{problem} Użyj pliku council.pub utworzonego przez `gapkit keys council-init` na komputerze rady.</translation>
        </message>
        <message>
            <source>{source} is neither a council.pub file nor a council public key. Use the council.pub file made by `gapkit keys council-init` on the council's computer.</source>
            <translation>{source} nie jest ani plikiem council.pub, ani kluczem publicznym rady. Użyj pliku council.pub utworzonego przez `gapkit keys council-init` na komputerze rady.</translation>
        </message>
        <message>
            <source>{path} already exists. Choose another file name, or a folder to save the bundle in (a new name is then chosen).</source>
            <translation>{path} już istnieje. Wybierz inną nazwę pliku albo folder, w którym zapisać paczkę (wtedy nazwa zostanie wybrana sama).</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist; choose another place to save the bundle (is the USB stick plugged in?).</source>
            <translation>Folder {folder} nie istnieje; wybierz inne miejsce na paczkę (czy pendrive jest podłączony?).</translation>
        </message>
        <message>
            <source>Export cancelled; no bundle was written.</source>
            <translation>Eksport anulowano; nie zapisano żadnej paczki.</translation>
        </message>
        <message>
            <source>Another export from this laptop finished at the same moment, so this bundle was not kept. Export again.</source>
            <translation>W tej samej chwili zakończył się inny eksport z tego laptopa, więc tej paczki nie zachowano. Wyeksportuj jeszcze raz.</translation>
        </message>
        <message>
            <source>{source}: data/{table}.json, record {number} (id {record_id}): {problem}. The device that sent it may not write this ({more} more such problems); nothing was imported.</source>
            <translation>{source}: data/{table}.json, rekord {number} (id {record_id}): {problem}. Urządzenie, które go wysłało, nie może tego zapisywać (więcej takich problemów: {more}); nic nie zaimportowano.</translation>
        </message>
        <message>
            <source>{source} comes from {device}, a device not enrolled here (key fingerprint {key}). It is kept until staff approve the device (`gapkit devices approve`), after checking the fingerprint with the laptop (`gapkit devices show` on it).</source>
            <translation>{source} pochodzi z urządzenia {device}, które nie jest tu zarejestrowane (odcisk klucza {key}). Paczka czeka, aż pracownicy zatwierdzą urządzenie (`gapkit devices approve`) po sprawdzeniu odcisku z laptopem (`gapkit devices show` na nim).</translation>
        </message>
        <message>
            <source>{source}: data/{table}.json, record {number} (id {record_id}): {problem}. The device that sent it may not write this; nothing was imported.</source>
            <translation>{source}: data/{table}.json, rekord {number} (id {record_id}): {problem}. Urządzenie, które go wysłało, nie może tego zapisywać; nic nie zaimportowano.</translation>
        </message>
        <message>
            <source>{source}: data/{table}.json, record {number} (id {record_id}): {problem}. The device that sent it may not write this (1 more such problem); nothing was imported.</source>
            <translation>{source}: data/{table}.json, rekord {number} (id {record_id}): {problem}. Urządzenie, które go wysłało, nie może tego zapisywać (jest jeszcze 1 taki problem); nic nie zaimportowano.</translation>
        </message>
        <message>
            <source>{source} comes from {device}, a device not enrolled here (key fingerprint {key}). It is kept until staff approve the device (`gapkit devices approve`), after checking the fingerprint with the laptop (`gapkit devices show` on it). Another key ({other_key}) already claimed this device id: compare both fingerprints with the laptop, and enrol the laptop from its device file if the other one is not it.</source>
            <translation>{source} pochodzi z urządzenia {device}, które nie jest tu zarejestrowane (odcisk klucza {key}). Paczka czeka, aż pracownicy zatwierdzą urządzenie (`gapkit devices approve`) po sprawdzeniu odcisku z laptopem (`gapkit devices show` na nim). Inny klucz ({other_key}) już podał ten identyfikator urządzenia: porównaj oba odciski z laptopem i zarejestruj laptop z jego pliku urządzenia, jeśli ten drugi to nie on.</translation>
        </message>
        <message>
            <source>The kept copy of that bundle is missing from the waiting folder; import the bundle again from its USB stick.</source>
            <translation>W folderze oczekujących brakuje zachowanej kopii tej paczki; zaimportuj paczkę jeszcze raz z jej pendrive'a.</translation>
        </message>
        <message>
            <source>Import cancelled; the database was not changed.</source>
            <translation>Import anulowano; baza danych nie została zmieniona.</translation>
        </message>
        <message>
            <source>{source} was not imported: the council database itself is damaged ({damage}), and merging into it could lose data. Run `gapkit db check`, and restore the newest copy from the backups folder.</source>
            <translation>Nie zaimportowano {source}: sama baza danych rady jest uszkodzona ({damage}), a łączenie z nią mogłoby spowodować utratę danych. Uruchom `gapkit db check` i przywróć najnowszą kopię z folderu kopii zapasowych.</translation>
        </message>
        <message>
            <source>{source} is a field pack (made by a council for its laptops); this installation is in council mode, so it is not imported here.</source>
            <translation>{source} to pakiet terenowy (przygotowany przez radę dla jej laptopów); ta instalacja działa w trybie rady, więc nie jest on tu importowany.</translation>
        </message>
        <message>
            <source>{source} comes from {device}, a device whose trust was revoked; its bundles are no longer imported. If that was a mistake, enrol it again.</source>
            <translation>{source} pochodzi z urządzenia {device}, któremu cofnięto zaufanie; jego paczki nie są już importowane. Jeśli to pomyłka, zarejestruj je ponownie.</translation>
        </message>
        <message>
            <source>{source} claims to come from this installation itself; it is not imported.</source>
            <translation>{source} podaje, że pochodzi z tej samej instalacji; nie jest importowana.</translation>
        </message>
        <message>
            <source>{source} claims to come from device {device_id} but is signed with the key of {signer} ({signer_id}); it is not imported.</source>
            <translation>{source} podaje, że pochodzi z urządzenia {device_id}, ale jest podpisana kluczem urządzenia {signer} ({signer_id}); nie jest importowana.</translation>
        </message>
        <message>
            <source>{source}: data/{table}.json (id {record_id}): a reference points at a record that is neither in this bundle nor in the database; nothing was imported.</source>
            <translation>{source}: data/{table}.json (id {record_id}): odwołanie wskazuje rekord, którego nie ma ani w tej paczce, ani w bazie danych; nic nie zaimportowano.</translation>
        </message>
        <message>
            <source>{source}: data/{table}.json, record {number} (id {record_id}): {field} refers to the {target} {target_id}, which is neither in this bundle nor in the council database. Import the laptop's earlier bundles first (see the sequence gaps), or ask for a full export.</source>
            <translation>{source}: data/{table}.json, rekord {number} (id {record_id}): {field} odwołuje się do: {target} {target_id}, którego nie ma ani w tej paczce, ani w bazie danych rady. Najpierw zaimportuj wcześniejsze paczki z laptopa (zobacz luki w numeracji) albo poproś o pełny eksport.</translation>
        </message>
        <message>
            <source>{source}: the waiting folder already holds {count} bundles ({size} MB) from the unknown device {device} (key fingerprint {key}); at most {most} bundles or {most_size} MB wait per device. Approve the device (after checking its fingerprint with the laptop) or revoke it; this bundle was not kept.</source>
            <translation>{source}: w folderze oczekujących są już paczki z nieznanego urządzenia {device} (odcisk klucza {key}): {count}, razem {size} MB; z jednego urządzenia może czekać najwyżej {most} paczek lub {most_size} MB. Zatwierdź urządzenie (po sprawdzeniu odcisku z laptopem) albo je unieważnij; tej paczki nie zachowano.</translation>
        </message>
        <message>
            <source>{source}: the waiting folder already holds {count} bundle ({size} MB) from the unknown device {device} (key fingerprint {key}); at most {most} bundles or {most_size} MB wait per device. Approve the device (after checking its fingerprint with the laptop) or revoke it; this bundle was not kept.</source>
            <translation>{source}: w folderze oczekujących jest już {count} paczka ({size} MB) z nieznanego urządzenia {device} (odcisk klucza {key}); z jednego urządzenia może czekać najwyżej {most} paczek lub {most_size} MB. Zatwierdź urządzenie (po sprawdzeniu odcisku z laptopem) albo je unieważnij; tej paczki nie zachowano.</translation>
        </message>
        <message>
            <source>{source}: the waiting folder is full ({count} bundles, {size} MB from devices not enrolled; at most {most} bundles or {most_size} MB). Approve or revoke the devices waiting (`gapkit devices list`); this bundle was not kept.</source>
            <translation>{source}: folder oczekujących jest pełny (paczki z niezarejestrowanych urządzeń: {count}, {size} MB; najwyżej {most} paczek lub {most_size} MB). Zatwierdź albo unieważnij czekające urządzenia (`gapkit devices list`); tej paczki nie zachowano.</translation>
        </message>
        <message>
            <source>That bundle is not waiting for approval (it may have been imported already).</source>
            <translation>Ta paczka nie czeka na zatwierdzenie (być może została już zaimportowana).</translation>
        </message>
        <message>
            <source>That bundle was signed with the key {signer}, but the device {device_id} is known here with the key {known}. Only a bundle signed with the device's own key is imported; if the laptop's key really is the first one, enrol it from its device file.</source>
            <translation>Ta paczka jest podpisana kluczem {signer}, ale urządzenie {device_id} jest tu znane z kluczem {known}. Importowana jest tylko paczka podpisana własnym kluczem urządzenia; jeśli klucz laptopa to naprawdę ten pierwszy, zarejestruj laptop z jego pliku urządzenia.</translation>
        </message>
        <message>
            <source>The folder {folder} holds no {suffix} bundles.</source>
            <translation>W folderze {folder} nie ma paczek {suffix}.</translation>
        </message>
        <message>
            <source>{file}: the database refused its records ({reason}). Nothing was changed.</source>
            <translation>{file}: baza danych odrzuciła jej rekordy ({reason}). Nic nie zmieniono.</translation>
        </message>
        <message>
            <source>{file}: the bundle could not be read ({error}: {detail}). Nothing was changed; the details are in the log.</source>
            <translation>{file}: nie udało się odczytać paczki ({error}: {detail}). Nic nie zmieniono; szczegóły są w dzienniku.</translation>
        </message>
        <message>
            <source>{source}: data/audit_events.json: {problem}. The device that sent it may not write this; nothing was imported.</source>
            <translation>{source}: data/audit_events.json: {problem}. Urządzenie, które ją wysłało, nie może tego zapisywać; nic nie zaimportowano.</translation>
        </message>
        <message>
            <source>{source} carries council resources (forms, wards, support offers), which only the council sends; a laptop's bundle cannot change them. Nothing was imported.</source>
            <translation>{source} zawiera zasoby rady (formularze, okręgi, oferty wsparcia), które wysyła tylko rada; paczka z laptopa nie może ich zmieniać. Nic nie zaimportowano.</translation>
        </message>
        <message>
            <source>{source}: data/{table}.json, record {number} (id {record_id}): {field} refers to the {target} {target_id}, which is neither in this pack nor on this laptop. Ask the council for a full pack for this laptop.</source>
            <translation>{source}: data/{table}.json, rekord {number} (id {record_id}): {field} odwołuje się do: {target} {target_id}, którego nie ma ani w tym pakiecie, ani na tym laptopie. Poproś radę o pełny pakiet dla tego laptopa.</translation>
        </message>
        <message>
            <source>{source} is a {kind}, which is not imported here; nothing was imported.</source>
            <translation>{source} to plik typu {kind}, którego się tu nie importuje; nic nie zaimportowano.</translation>
        </message>
        <message>
            <source>{source} is a laptop's export (a bundle for the council), not a field pack from the council; nothing was imported.</source>
            <translation>{source} to eksport z laptopa (paczka dla rady), a nie pakiet terenowy od rady; nic nie zaimportowano.</translation>
        </message>
        <message>
            <source>{source} is a field pack, but this laptop trusts no council yet. Trust the council's key first (Settings, or `gapkit council trust FILE` with the council's device file); nothing was imported.</source>
            <translation>{source} to pakiet terenowy, ale ten laptop nie ufa jeszcze żadnej radzie. Najpierw zaufaj kluczowi rady (Ustawienia albo `gapkit council trust FILE` z plikiem urządzenia rady); nic nie zaimportowano.</translation>
        </message>
        <message>
            <source>{source} was made by {maker} (device {device_id}), not by {council}, the council this laptop trusts; nothing was imported.</source>
            <translation>{source} został przygotowany przez: {maker} (urządzenie {device_id}), a nie przez radę, której ufa ten laptop: {council}; nic nie zaimportowano.</translation>
        </message>
        <message>
            <source>{source} was made for another laptop (device {device_id}); ask the council for a pack for this one. Nothing was imported.</source>
            <translation>{source} przygotowano dla innego laptopa (urządzenie {device_id}); poproś radę o pakiet dla tego laptopa. Nic nie zaimportowano.</translation>
        </message>
        <message>
            <source>{source}: data/council_resources.json, record {number} (id {record_id}): {problem}. Nothing was imported.</source>
            <translation>{source}: data/council_resources.json, rekord {number} (id {record_id}): {problem}. Nic nie zaimportowano.</translation>
        </message>
        <message>
            <source>{count} of those organisations are in this laptop's scope or have work not yet sent to the council, so they are kept; nothing was forgotten.</source>
            <translation>Część z tych organizacji ({count}) należy do zakresu tego laptopa albo ma pracę jeszcze niewysłaną do rady, więc zostają; niczego nie zapomniano.</translation>
        </message>
        <message>
            <source>{source}: data/form_snapshots.json, record {number} (id {record_id}): the form it holds is not valid ({problem}). Nothing was imported.</source>
            <translation>{source}: data/form_snapshots.json, rekord {number} (id {record_id}): zawarty w nim formularz jest niepoprawny ({problem}). Nic nie zaimportowano.</translation>
        </message>
        <message>
            <source>{count} of those assessments are not confirmed as received by the council, or changed since; nothing was forgotten.</source>
            <translation>Część z tych ocen ({count}) nie ma potwierdzenia odbioru przez radę albo zmieniła się od tego czasu; niczego nie zapomniano.</translation>
        </message>
        <message>
            <source>A pack of the organisations a laptop worked with needs that laptop.</source>
            <translation>Pakiet organizacji, z którymi pracował laptop, wymaga wskazania tego laptopa.</translation>
        </message>
        <message>
            <source>Unknown scope {scope!r}: choose one of {scopes}.</source>
            <translation>Nieznany zakres {scope!r}: wybierz jeden z: {scopes}.</translation>
        </message>
        <message>
            <source>{name} is {status}, not an enrolled laptop; enrol or approve it before sending it a pack.</source>
            <translation>{name}: stan „{status}”, a nie zarejestrowany laptop; zarejestruj lub zatwierdź go, zanim wyślesz mu pakiet.</translation>
        </message>
        <message>
            <source>{path} already exists. Choose another file name, or a folder.</source>
            <translation>{path} już istnieje. Wybierz inną nazwę pliku albo folder.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist; choose another place.</source>
            <translation>Folder {folder} nie istnieje; wybierz inne miejsce.</translation>
        </message>
        <message>
            <source>Name at least one ward for a ward pack (--ward).</source>
            <translation>Podaj co najmniej jeden okręg dla pakietu okręgów (--ward).</translation>
        </message>
        <message>
            <source>Not a ward of {wards_of}: {unknown}. The wards are: {wards}.</source>
            <translation>To nie jest okręg z listy {wards_of}: {unknown}. Okręgi to: {wards}.</translation>
        </message>
        <message>
            <source>A pack of the organisations a laptop worked with needs --device.</source>
            <translation>Pakiet organizacji, z którymi pracował laptop, wymaga --device.</translation>
        </message>
        <message>
            <source>Pack cancelled; nothing was written.</source>
            <translation>Pakiet anulowano; nic nie zapisano.</translation>
        </message>
        <message>
            <source>Nothing has changed for that laptop since its last pack; choose a full pack to send everything again.</source>
            <translation>Od ostatniego pakietu dla tego laptopa nic się nie zmieniło; wybierz pełny pakiet, aby wysłać wszystko jeszcze raz.</translation>
        </message>
        <message>
            <source>`gapkit devices list` shows the devices known here, with their ids and fingerprints.</source>
            <translation>`gapkit devices list` pokazuje znane tu urządzenia wraz z ich identyfikatorami i odciskami.</translation>
        </message>
        <message>
            <source>That public key has the wrong length ({length} bytes; a device key is 32). Copy it again from `gapkit devices show` on the laptop.</source>
            <translation>Ten klucz publiczny ma złą długość (bajty: {length}; klucz urządzenia ma 32). Skopiuj go jeszcze raz z `gapkit devices show` na laptopie.</translation>
        </message>
        <message>
            <source>{ref!r} names {count} devices ({listed}); nothing was changed. Give the device id, and compare the fingerprint with the laptop.</source>
            <translation>{ref!r} wskazuje więcej niż jedno urządzenie (liczba: {count}; {listed}); nic nie zmieniono. Podaj identyfikator urządzenia i porównaj odcisk z laptopem.</translation>
        </message>
        <message>
            <source>1 device is called that; give the device id or the full fingerprint from `gapkit devices list`.</source>
            <translation>Tak nazywa się 1 urządzenie; podaj identyfikator urządzenia albo pełny odcisk z `gapkit devices list`.</translation>
        </message>
        <message>
            <source>{count} devices are called that; give the device id or the full fingerprint from `gapkit devices list`.</source>
            <translation>Urządzenia o tej nazwie: {count}; podaj identyfikator urządzenia albo pełny odcisk z `gapkit devices list`.</translation>
        </message>
        <message>
            <source>That public key is not valid base64 text. Copy it again from `gapkit devices show` on the laptop.</source>
            <translation>Ten klucz publiczny nie jest poprawnym tekstem base64. Skopiuj go jeszcze raz z `gapkit devices show` na laptopie.</translation>
        </message>
        <message>
            <source>Give the device a name of 1 to 200 characters (e.g. the laptop's).</source>
            <translation>Nadaj urządzeniu nazwę od 1 do 200 znaków (np. nazwę laptopa).</translation>
        </message>
        <message>
            <source>That is this installation's own device; only laptops need enrolling here.</source>
            <translation>To jest urządzenie tej instalacji; rejestrować trzeba tu tylko laptopy.</translation>
        </message>
        <message>
            <source>That key already belongs to the device {name} ({device_id}); one key cannot speak for two devices. Nothing was changed.</source>
            <translation>Ten klucz należy już do urządzenia {name} ({device_id}); jeden klucz nie może służyć dwóm urządzeniom. Nic nie zmieniono.</translation>
        </message>
        <message>
            <source>No device has the id or the full key fingerprint {ref!r}. {hint}</source>
            <translation>Żadne urządzenie nie ma identyfikatora ani pełnego odcisku klucza {ref!r}. {hint}</translation>
        </message>
        <message>
            <source>{device_id!r} is not a device id (it looks like a UUID).</source>
            <translation>{device_id!r} nie jest identyfikatorem urządzenia (wygląda on jak UUID).</translation>
        </message>
        <message>
            <source>The device {name} is {status}, not waiting for approval; to trust it again, enrol it from its device file.</source>
            <translation>Urządzenie {name} ma stan „{status}” i nie czeka na zatwierdzenie; aby znów mu zaufać, zarejestruj je z jego pliku urządzenia.</translation>
        </message>
        <message>
            <source>This installation's own device cannot be revoked.</source>
            <translation>Nie można unieważnić urządzenia tej instalacji.</translation>
        </message>
        <message>
            <source>The device {name} is {status}, not pending.</source>
            <translation>Urządzenie {name} ma stan „{status}”, a nie oczekujące.</translation>
        </message>
        <message>
            <source>The device {name} ({device_id}) is already known with a different key (fingerprint {known}); the file gives {given}. If the laptop was reinstalled, revoke the old entry's bundles with care and ask the laptop for a new device id; nothing was changed.</source>
            <translation>Urządzenie {name} ({device_id}) jest już znane z innym kluczem (odcisk {known}); plik podaje {given}. Jeśli laptop zainstalowano od nowa, ostrożnie unieważnij paczki starego wpisu i poproś laptop o nowy identyfikator urządzenia; nic nie zmieniono.</translation>
        </message>
        <message>
            <source>Charity number: '{typed}' is not a charity number. Use 6 or 7 digits for England and Wales (1234567, or 1234567-1 for a linked charity), SC and 6 digits for Scotland (SC012345), or NIC and 6 digits for Northern Ireland (NIC100123).</source>
            <translation>Numer organizacji charytatywnej: '{typed}' nie jest numerem organizacji charytatywnej. Wpisz 6 lub 7 cyfr dla Anglii i Walii (1234567 albo 1234567-1 dla organizacji powiązanej), SC i 6 cyfr dla Szkocji (SC012345) lub NIC i 6 cyfr dla Irlandii Północnej (NIC100123).</translation>
        </message>
        <message>
            <source>Company number: '{typed}' is not a Companies House number. Use 8 characters: 8 digits (01234567) or 2 letters and 6 digits (SC123456).</source>
            <translation>Numer spółki: '{typed}' nie jest numerem Companies House. Wpisz 8 znaków: 8 cyfr (01234567) albo 2 litery i 6 cyfr (SC123456).</translation>
        </message>
        <message>
            <source>Mutuals register number: '{typed}' is not a Mutuals Public Register number. Use the digits, with the R at the end if it has one (12345R).</source>
            <translation>Numer w rejestrze mutuals: '{typed}' nie jest numerem Mutuals Public Register. Wpisz cyfry, z literą R na końcu, jeśli ją ma (12345R).</translation>
        </message>
        <message>
            <source>Postcode: '{typed}' is not a UK postcode. Use the form HD1 2AB.</source>
            <translation>Kod pocztowy: '{typed}' nie jest brytyjskim kodem pocztowym. Wpisz go w postaci HD1 2AB.</translation>
        </message>
        <message>
            <source>Contact email: '{typed}' is not an email address. Use the form name@example.org.</source>
            <translation>E-mail kontaktowy: '{typed}' nie jest adresem e-mail. Wpisz go w postaci nazwa@example.org.</translation>
        </message>
        <message>
            <source>Contact phone: '{typed}' is not a UK phone number. Use 11 digits starting with 0 (01484 221000), or +44 and the number without its first 0.</source>
            <translation>Telefon kontaktowy: '{typed}' nie jest brytyjskim numerem telefonu. Wpisz 11 cyfr zaczynających się od 0 (01484 221000) albo +44 i numer bez pierwszego 0.</translation>
        </message>
        <message>
            <source>Postcode: it is empty. Type the postcode in the form HD1 2AB.</source>
            <translation>Kod pocztowy: pole jest puste. Wpisz kod pocztowy w postaci HD1 2AB.</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>wiersz {line}</translation>
        </message>
        <message>
            <source>{name} (in the register)</source>
            <translation>{name} (w rejestrze)</translation>
        </message>
        <message>
            <source>{added} added, {updated} updated, {unchanged} unchanged, {bad} bad</source>
            <translation>dodane: {added}, zaktualizowane: {updated}, bez zmian: {unchanged}, błędne: {bad}</translation>
        </message>
        <message>
            <source>Imported {rows}: {body}.</source>
            <translation>Zaimportowano ({rows}): {body}.</translation>
        </message>
        <message>
            <source>{name} (line {line})</source>
            <translation>{name} (wiersz {line})</translation>
        </message>
        <message>
            <source>1 row</source>
            <translation>1 wiersz</translation>
        </message>
        <message>
            <source>{count} rows</source>
            <translation>wiersze: {count}</translation>
        </message>
        <message>
            <source>Dry run of {rows}: would be {body}. Nothing was written.</source>
            <translation>Próba ({rows}): byłoby {body}. Nic nie zapisano.</translation>
        </message>
        <message>
            <source>{rows}: {bad} bad, so nothing was imported (all or nothing). Fix the rows listed, or choose to skip bad rows.</source>
            <translation>{rows}, błędne: {bad}, więc nic nie zaimportowano (wszystko albo nic). Popraw wymienione wiersze albo wybierz pomijanie błędnych wierszy.</translation>
        </message>
        <message>
            <source>{rows}: {body}. Nothing needed writing.</source>
            <translation>{rows}: {body}. Nie trzeba było nic zapisywać.</translation>
        </message>
        <message>
            <source>Imported {rows}: {body} ({bad} bad rows skipped).</source>
            <translation>Zaimportowano ({rows}): {body} (pominięte błędne wiersze: {bad}).</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation>{first} i {second}</translation>
        </message>
        <message>
            <source>{first} and {second} and {third}</source>
            <translation>{first}, {second} i {third}</translation>
        </message>
        <message>
            <source>its {numbers} belong to different organisations ({which}). Check the numbers.</source>
            <translation>{numbers} z tego wiersza należą do różnych organizacji ({which}). Sprawdź numery.</translation>
        </message>
        <message>
            <source>Cannot find the file {path}. Check the name and the folder.</source>
            <translation>Nie można znaleźć pliku {path}. Sprawdź nazwę i folder.</translation>
        </message>
        <message>
            <source>{file} is {size} MB, more than the {most} MB a registration list can be. Split it into smaller files.</source>
            <translation>{file} ma {size} MB, więcej niż {most} MB, jakie może mieć lista rejestracyjna. Podziel go na mniejsze pliki.</translation>
        </message>
        <message>
            <source>{file} is empty. Choose a file with a header row and data rows.</source>
            <translation>{file} jest pusty. Wybierz plik z wierszem nagłówków i wierszami danych.</translation>
        </message>
        <message>
            <source>The first sheet of {file} is empty.</source>
            <translation>Pierwszy arkusz pliku {file} jest pusty.</translation>
        </message>
        <message>
            <source>--map '{text}' is not in the form "Header=field". Write the column's header, an equals sign and the field (for example "Charity Reg=charity_id").</source>
            <translation>--map '{text}' nie ma postaci "Header=field". Wpisz nagłówek kolumny, znak równości i pole (na przykład "Charity Reg=charity_id").</translation>
        </message>
        <message>
            <source>--map '{text}': '{target}' is not a registration field. Use one of: {fields}.</source>
            <translation>--map '{text}': '{target}' nie jest polem rejestracji. Użyj jednego z: {fields}.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>Nie można odczytać {path}: {reason}.</translation>
        </message>
        <message>
            <source>{file} line {line}: the file is not valid CSV ({reason}). Save it again from the spreadsheet as 'CSV UTF-8'.</source>
            <translation>{file}, wiersz {line}: plik nie jest poprawnym CSV ({reason}). Zapisz go ponownie w arkuszu jako „CSV UTF-8”.</translation>
        </message>
        <message>
            <source>Reading .xlsx files needs openpyxl. Save the sheet as CSV.</source>
            <translation>Odczyt plików .xlsx wymaga openpyxl. Zapisz arkusz jako CSV.</translation>
        </message>
        <message>
            <source>Cannot read {file} as an Excel workbook ({reason}). Save it again from the spreadsheet, or as CSV.</source>
            <translation>Nie można odczytać {file} jako skoroszytu Excel ({reason}). Zapisz go ponownie w arkuszu albo jako CSV.</translation>
        </message>
        <message>
            <source>--map names the column '{header}', but the file has no such column. Its columns are: {columns}.</source>
            <translation>--map wskazuje kolumnę '{header}', ale plik nie ma takiej kolumny. Jego kolumny to: {columns}.</translation>
        </message>
        <message>
            <source>No column gives {fields}: rows can update organisations already registered but cannot add new ones. Map a column to it with --map "Header=field".</source>
            <translation>Żadna kolumna nie podaje pól: {fields}. Wiersze mogą aktualizować organizacje już zarejestrowane, ale nie mogą dodawać nowych. Przypisz do nich kolumnę opcją --map "Header=field".</translation>
        </message>
        <message>
            <source>Columns '{first}' and '{second}' both give {field}; the last one filled in wins. Leave one out with --map "{second}=".</source>
            <translation>Kolumny '{first}' i '{second}' podają to samo pole: {field}; wygrywa ostatnia wypełniona. Pomiń jedną z nich opcją --map "{second}=".</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <source>expected a list. Pick from the list given.</source>
            <translation>oczekiwano listy. Wybierz z podanej listy.</translation>
        </message>
        <message>
            <source>'{text}' is not one of the choices. Pick one of: {options}.</source>
            <translation>'{text}' nie jest jedną z opcji. Wybierz jedną z: {options}.</translation>
        </message>
        <message>
            <source>'{value}' is not a date. Use the form 2025-03-31 or 31/03/2025.</source>
            <translation>'{value}' nie jest datą. Wpisz ją w postaci 2025-03-31 lub 31/03/2025.</translation>
        </message>
        <message>
            <source>'{value}' is not yes or no. Answer yes or no.</source>
            <translation>'{value}' to nie tak ani nie. Odpowiedz tak lub nie.</translation>
        </message>
        <message>
            <source>Ward: '{ward}' is not a ward in {council}'s current list ({list}). Pick one from the list.</source>
            <translation>Okręg (ward): '{ward}' nie jest okręgiem w obecnym wykazie rady {council} ({list}). Wybierz okręg z listy.</translation>
        </message>
        <message>
            <source>District committee area: '{area}' is not one of {council}'s areas. Pick one of: {areas}.</source>
            <translation>Obszar komisji dystryktu: '{area}' nie jest jednym z obszarów rady {council}. Wybierz jeden z: {areas}.</translation>
        </message>
        <message>
            <source>it contains hidden control characters. Retype it.</source>
            <translation>zawiera ukryte znaki sterujące. Wpisz to ponownie.</translation>
        </message>
        <message>
            <source>{length} characters is too long. Shorten it to {most} characters or fewer.</source>
            <translation>za długie (znaków: {length}). Skróć do najwyżej {most} znaków.</translation>
        </message>
        <message>
            <source>'{value}' is not a whole number. {hint}</source>
            <translation>'{value}' nie jest liczbą całkowitą. {hint}</translation>
        </message>
        <message>
            <source>{number} is out of range. {hint}</source>
            <translation>{number} jest poza zakresem. {hint}</translation>
        </message>
        <message>
            <source>{date} is in the future. Use today's date or an earlier one.</source>
            <translation>{date} to data z przyszłości. Wpisz dzisiejszą lub wcześniejszą.</translation>
        </message>
        <message>
            <source>{date} is too early. Check the year.</source>
            <translation>{date} to zbyt wczesna data. Sprawdź rok.</translation>
        </message>
        <message>
            <source>Name: it is empty. Type the organisation's name.</source>
            <translation>Nazwa: pole jest puste. Wpisz nazwę organizacji.</translation>
        </message>
        <message>
            <source>Name: '{name}' is too short. Type the organisation's full name.</source>
            <translation>Nazwa: '{name}' jest za krótka. Wpisz pełną nazwę organizacji.</translation>
        </message>
        <message>
            <source>Name: {length} characters is too long. Shorten it to 200 characters or fewer, and put other names under Other names.</source>
            <translation>Nazwa: za długa (znaków: {length}). Skróć do najwyżej 200 znaków, a inne nazwy wpisz w polu Inne nazwy.</translation>
        </message>
        <message>
            <source>Legal form: none chosen. Pick the one that fits, or Other and say what.</source>
            <translation>Forma prawna: nic nie wybrano. Wybierz pasującą albo Inna i napisz jaka.</translation>
        </message>
        <message>
            <source>Legal form (other): it is empty. Say what legal form the organisation has.</source>
            <translation>Forma prawna (inna): pole jest puste. Napisz, jaką formę prawną ma organizacja.</translation>
        </message>
        <message>
            <source>Address: {count} lines is too many. Use up to 6 lines; the town and postcode have their own boxes.</source>
            <translation>Adres: za dużo wierszy (liczba: {count}). Wpisz najwyżej 6 wierszy; miejscowość i kod pocztowy mają własne pola.</translation>
        </message>
        <message>
            <source>Ward: '{ward}' is no longer a ward in {council}'s current list ({list}). Use {suggestions}.</source>
            <translation>Okręg (ward): '{ward}' nie jest już okręgiem w obecnym wykazie rady {council} ({list}). Użyj: {suggestions}.</translation>
        </message>
        <message>
            <source>Who benefits (other): it is empty. Say who else benefits, or untick Other.</source>
            <translation>Kto korzysta (inni): pole jest puste. Napisz, kto jeszcze korzysta, albo odznacz Inni.</translation>
        </message>
        <message>
            <source>Type a year from 1800 to {year}.</source>
            <translation>Wpisz rok od 1800 do {year}.</translation>
        </message>
        <message>
            <source>Type a number from 0 to 100.</source>
            <translation>Wpisz liczbę od 0 do 100.</translation>
        </message>
        <message>
            <source>Paid staff (FTE): '{value}' is not a number. Type full-time equivalents, for example 2.5.</source>
            <translation>Płatny personel (etaty): '{value}' nie jest liczbą. Wpisz liczbę pełnych etatów, na przykład 2.5.</translation>
        </message>
        <message>
            <source>Paid staff (FTE): {number:g} is out of range. Type a number from 0 to 1000.</source>
            <translation>Płatny personel (etaty): {number:g} jest poza zakresem. Wpisz liczbę od 0 do 1000.</translation>
        </message>
        <message>
            <source>Type a number from 0 to 100,000.</source>
            <translation>Wpisz liczbę od 0 do 100 000.</translation>
        </message>
        <message>
            <source>Type a number from 1 to 50.</source>
            <translation>Wpisz liczbę od 1 do 50.</translation>
        </message>
        <message>
            <source>Consent date: the contact person's details are personal data and need their consent. Record when they gave it, or leave the contact details empty.</source>
            <translation>Data zgody: dane osoby kontaktowej są danymi osobowymi i wymagają jej zgody. Zapisz, kiedy ją wyraziła, albo zostaw dane kontaktowe puste.</translation>
        </message>
        <message>
            <source>How consent was given: it is empty. Say how, for example 'signed the registration form' or 'agreed by phone'.</source>
            <translation>Jak wyrażono zgodę: pole jest puste. Napisz jak, na przykład „podpisał(a) formularz rejestracyjny” albo „zgoda telefoniczna”.</translation>
        </message>
        <message>
            <source>expected text. Type it as words.</source>
            <translation>oczekiwano tekstu. Wpisz to słowami.</translation>
        </message>
        <message>
            <source>District committee area: the ward {ward} is in {area}, not '{typed}'. Leave the area empty and it is filled in from the ward.</source>
            <translation>Obszar komisji dystryktu: okręg {ward} należy do obszaru {area}, a nie '{typed}'. Zostaw obszar pusty, a zostanie uzupełniony na podstawie okręgu.</translation>
        </message>
        <message>
            <source>Areas of benefit: '{ward}' is not a current ward. Pick wards from the list, or {whole}.</source>
            <translation>Obszary działania: '{ward}' nie jest obecnym okręgiem. Wybierz okręgi z listy albo {whole}.</translation>
        </message>
        <message>
            <source>Bank signatories: how many people can sign? Type a number from 1 to 50.</source>
            <translation>Osoby uprawnione do podpisu: ile osób może podpisywać? Wpisz liczbę od 1 do 50.</translation>
        </message>
        <message>
            <source>Policies held: {policy} review date: {problem}</source>
            <translation>Posiadane polityki: data przeglądu ({policy}): {problem}</translation>
        </message>
        <message>
            <source>'{field}' is not a registration field. Check the field's name.</source>
            <translation>'{field}' nie jest polem rejestracji. Sprawdź nazwę pola.</translation>
        </message>
        <message>
            <source>{field}: {problem}.</source>
            <translation>{field}: {problem}.</translation>
        </message>
        <message>
            <source>No current ward list was found in {folder}. Add the council's ward file there, or point GAPKIT_WARD_FILE at it.</source>
            <translation>W {folder} nie znaleziono obecnego wykazu okręgów. Umieść tam plik okręgów rady albo wskaż go w GAPKIT_WARD_FILE.</translation>
        </message>
        <message>
            <source>The ward file {file} could not be opened ({reason}). Check the path in settings or GAPKIT_WARD_FILE.</source>
            <translation>Nie można otworzyć pliku okręgów {file} ({reason}). Sprawdź ścieżkę w ustawieniach lub w GAPKIT_WARD_FILE.</translation>
        </message>
        <message>
            <source>The ward file {file} could not be read: {reason}. It must be a UTF-8 YAML file.</source>
            <translation>Nie można odczytać pliku okręgów {file}: {reason}. Musi to być plik YAML w UTF-8.</translation>
        </message>
        <message>
            <source>The ward file {file} is not in the expected shape: at {where}, {problem}. Compare it with resources/wards/kirklees-2026.yaml.</source>
            <translation>Plik okręgów {file} nie ma oczekiwanej postaci: w {where}, {problem}. Porównaj go z resources/wards/kirklees-2026.yaml.</translation>
        </message>
        <message>
            <source>The ward file {file} lists the ward '{ward}' twice.</source>
            <translation>Plik okręgów {file} wymienia okręg '{ward}' dwa razy.</translation>
        </message>
        <message>
            <source>The ward file {file} puts '{ward}' in the area '{area}', which is not one of its areas. Add it to `areas` or correct the ward's area.</source>
            <translation>Plik okręgów {file} umieszcza '{ward}' w obszarze '{area}', którego nie ma wśród jego obszarów. Dodaj go do `areas` albo popraw obszar okręgu.</translation>
        </message>
        <message>
            <source>Cannot create the folder {folder}: {reason}.</source>
            <translation>Nie można utworzyć folderu {folder}: {reason}.</translation>
        </message>
        <message>
            <source>There is no assessment {assessment_id}; {count} report(s) were written to {folder} before it.</source>
            <translation>Nie ma oceny {assessment_id}; wcześniej zapisano w {folder} raporty: {count}.</translation>
        </message>
        <message>
            <source>Cannot write in {folder}: {reason}. Choose another folder.</source>
            <translation>Nie można zapisywać w {folder}: {reason}. Wybierz inny folder.</translation>
        </message>
        <message>
            <source>Could not save the report as {path}: {reason}. Check the disk has space and the file is not open in another program.</source>
            <translation>Nie udało się zapisać raportu jako {path}: {reason}. Sprawdź, czy na dysku jest miejsce i czy plik nie jest otwarty w innym programie.</translation>
        </message>
        <message>
            <source>The council public key should be the path of council.pub or its base64 text.</source>
            <translation>Klucz publiczny rady powinien być ścieżką do pliku council.pub albo jego tekstem base64.</translation>
        </message>
        <message>
            <source>The device file's fingerprint does not match its public key; the file has been changed. Ask for a fresh copy from the laptop.</source>
            <translation>Odcisk w pliku urządzenia nie zgadza się z jego kluczem publicznym; plik został zmieniony. Poproś o nową kopię z laptopa.</translation>
        </message>
        <message>
            <source>A council public key is 32 bytes long.</source>
            <translation>Klucz publiczny rady ma 32 bajty.</translation>
        </message>
        <message>
            <source>This is not a GAP Field Kit device file: it should be the output of `gapkit devices show --json` on the laptop.</source>
            <translation>To nie jest plik urządzenia GAP Field Kit: powinien to być wynik `gapkit devices show --json` na laptopie.</translation>
        </message>
        <message>
            <source>{source} has no {file}, so it is not a complete GAP Field Kit bundle.</source>
            <translation>{source} nie ma pliku {file}, więc nie jest pełną paczką GAP Field Kit.</translation>
        </message>
        <message>
            <source>{source}: {problem}</source>
            <translation>{source}: {problem}</translation>
        </message>
        <message>
            <source>{file} has been changed or damaged since the bundle was written (its hash or size does not match datapackage.json). Export it again.</source>
            <translation>plik {file} został zmieniony lub uszkodzony od zapisania paczki (jego skrót lub rozmiar nie zgadza się z datapackage.json). Wyeksportuj ją ponownie.</translation>
        </message>
        <message>
            <source>{file} would have to be held in memory whole and is more than the {limit:,} bytes allowed for that; it will not be opened.</source>
            <translation>plik {file} trzeba by trzymać w pamięci w całości, a ma więcej niż dozwolone na to {limit:,} bajtów; nie zostanie otwarty.</translation>
        </message>
        <message>
            <source>manifest.json has no valid format_version; this is not a GAP Field Kit bundle.</source>
            <translation>manifest.json nie ma poprawnego format_version; to nie jest paczka GAP Field Kit.</translation>
        </message>
        <message>
            <source>the bundle was written by a newer GAP Field Kit (bundle format {version}; this version reads up to format {supported}). Update GAP Field Kit, then import it again.</source>
            <translation>paczkę zapisała nowsza wersja GAP Field Kit (format paczki {version}; ta wersja czyta formaty do {supported}). Zaktualizuj GAP Field Kit, a potem zaimportuj ją ponownie.</translation>
        </message>
        <message>
            <source>manifest.json: {problem}.</source>
            <translation>manifest.json: {problem}.</translation>
        </message>
        <message>
            <source>manifest.json says the bundle was made at {made}, more than a day after this computer's clock. Check the clocks of the laptop and of this computer.</source>
            <translation>manifest.json podaje, że paczkę utworzono {made}, ponad dzień później, niż wskazuje zegar tego komputera. Sprawdź zegary laptopa i tego komputera.</translation>
        </message>
        <message>
            <source>manifest.json does not give a record count for every table.</source>
            <translation>manifest.json nie podaje liczby rekordów dla każdej tabeli.</translation>
        </message>
        <message>
            <source>datapackage.json lists no resources.</source>
            <translation>datapackage.json nie wymienia żadnych zasobów.</translation>
        </message>
        <message>
            <source>the signature does not match its contents: the bundle was changed after the laptop signed it. Do not import it; export it again from the laptop.</source>
            <translation>podpis nie zgadza się z zawartością: paczkę zmieniono po podpisaniu jej przez laptop. Nie importuj jej; wyeksportuj ją ponownie z laptopa.</translation>
        </message>
        <message>
            <source>{file} holds {count} records but manifest.json says {expected}.</source>
            <translation>plik {file} zawiera rekordów: {count}, a manifest.json podaje: {expected}.</translation>
        </message>
        <message>
            <source>{source}: {file}, record {number} (id {id}): {problem}.</source>
            <translation>{source}: {file}, rekord {number} (id {id}): {problem}.</translation>
        </message>
        <message>
            <source>{source}: {file}, record {number}: {problem}.</source>
            <translation>{source}: {file}, rekord {number}: {problem}.</translation>
        </message>
        <message>
            <source>{file} contains a NUL byte, which text never holds; the file is damaged.</source>
            <translation>plik {file} zawiera bajt NUL, którego tekst nigdy nie zawiera; plik jest uszkodzony.</translation>
        </message>
        <message>
            <source>{problem} It will not be opened.</source>
            <translation>{problem} Nie zostanie otwarta.</translation>
        </message>
        <message>
            <source>datapackage.json lists tables this format does not have ({tables}).</source>
            <translation>datapackage.json wymienia tabele, których ten format nie ma ({tables}).</translation>
        </message>
        <message>
            <source>datapackage.json lists tables this format does not have (a table twice).</source>
            <translation>datapackage.json wymienia tabele, których ten format nie ma (jedną tabelę dwa razy).</translation>
        </message>
        <message>
            <source>datapackage.json does not list the {table} table.</source>
            <translation>datapackage.json nie wymienia tabeli {table}.</translation>
        </message>
        <message>
            <source>datapackage.json describes the {table} table differently from bundle format {version}; the bundle was changed or not made by GAP Field Kit.</source>
            <translation>datapackage.json opisuje tabelę {table} inaczej niż format paczki {version}; paczkę zmieniono albo nie utworzył jej GAP Field Kit.</translation>
        </message>
        <message>
            <source>{file} is missing. The bundle holds only the CSV copy of the {table} table, which cannot be imported without losing detail; export the bundle again from GAP Field Kit rather than editing it.</source>
            <translation>brakuje pliku {file}. Paczka zawiera tylko kopię CSV tabeli {table}, której nie da się zaimportować bez utraty szczegółów; wyeksportuj paczkę ponownie z GAP Field Kit zamiast ją edytować.</translation>
        </message>
        <message>
            <source>datapackage.json does not describe {file}.</source>
            <translation>datapackage.json nie opisuje pliku {file}.</translation>
        </message>
        <message>
            <source>{file} is missing.</source>
            <translation>brakuje pliku {file}.</translation>
        </message>
        <message>
            <source>the signature file is damaged or does not belong to this bundle.</source>
            <translation>plik podpisu jest uszkodzony albo nie należy do tej paczki.</translation>
        </message>
        <message>
            <source>it was signed with a different key (fingerprint {signer}) from the one enrolled for device {device} ({enrolled}). Do not import it unless the laptop's key was really replaced; if so, enrol the device again.</source>
            <translation>podpisano ją innym kluczem (odcisk {signer}) niż ten zarejestrowany dla urządzenia {device} ({enrolled}). Nie importuj jej, chyba że klucz laptopa naprawdę wymieniono; wtedy zarejestruj urządzenie ponownie.</translation>
        </message>
        <message>
            <source>{file} is not valid UTF-8 text at byte {offset:,} (in or near record {near}); the file is damaged or was saved by another program.</source>
            <translation>plik {file} nie jest poprawnym tekstem UTF-8 w bajcie {offset:,} (w rekordzie {near} lub obok niego); plik jest uszkodzony albo zapisał go inny program.</translation>
        </message>
        <message>
            <source>{source} is encrypted to the council's key; import it on the council PC (or give the council private key).</source>
            <translation>{source} jest zaszyfrowana kluczem rady; zaimportuj ją na komputerze rady (albo podaj klucz prywatny rady).</translation>
        </message>
        <message>
            <source>datapackage.json gives no valid hash and size for {file}; the bundle was changed or not made by GAP Field Kit.</source>
            <translation>datapackage.json nie podaje poprawnego skrótu i rozmiaru pliku {file}; paczkę zmieniono albo nie utworzył jej GAP Field Kit.</translation>
        </message>
        <message>
            <source>{file} is not valid JSON ({problem}); the file is damaged or cut short.</source>
            <translation>plik {file} nie jest poprawnym JSON-em ({problem}); plik jest uszkodzony albo ucięty.</translation>
        </message>
        <message>
            <source>{file} should hold a list of records.</source>
            <translation>plik {file} powinien zawierać listę rekordów.</translation>
        </message>
    </context>
    <context>
        <name>Notice</name>
        <message>
            <source>Notice</source>
            <translation>Komunikat</translation>
        </message>
        <message>
            <source>Notice text</source>
            <translation>Treść komunikatu</translation>
        </message>
        <message>
            <source>Notice action</source>
            <translation>Działanie komunikatu</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <source>Dismiss notice</source>
            <translation>Zamknij komunikat</translation>
        </message>
    </context>
    <context>
        <name>Organisations</name>
        <message>
            <source>All wards</source>
            <translation>Wszystkie okręgi</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation>Forma prawna</translation>
        </message>
        <message>
            <source>Ward</source>
            <translation>Okręg (ward)</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Kod pocztowy</translation>
        </message>
        <message>
            <source>Identifiers</source>
            <translation>Identyfikatory</translation>
        </message>
        <message>
            <source>GAP status</source>
            <translation>Status GAP</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Ostatnia zmiana</translation>
        </message>
        <message>
            <source>{shown} of {total} organisations</source>
            <translation>Organizacje: {shown} z {total}</translation>
        </message>
        <message>
            <source>{total} organisations</source>
            <translation>Organizacje: {total}</translation>
        </message>
        <message>
            <source>No match among {total} organisations</source>
            <translation>Brak wyników wśród organizacji: {total}</translation>
        </message>
        <message>
            <source>{total} organisation</source>
            <translation>Organizacje: {total}</translation>
        </message>
        <message>
            <source>No organisations yet. Register the first one with New organisation (Ctrl+N), or load example organisations to try the app.</source>
            <translation>Nie ma jeszcze organizacji. Zarejestruj pierwszą przyciskiem Nowa organizacja (Ctrl+N) albo wczytaj przykładowe organizacje, by wypróbować aplikację.</translation>
        </message>
        <message>
            <source>Load example organisations</source>
            <translation>Wczytaj przykładowe organizacje</translation>
        </message>
        <message>
            <source>They are for trying the app. Like any organisation they are sent to the council with the next bundle, so delete them before you export real work.</source>
            <translation>Służą do wypróbowania aplikacji. Jak każda organizacja trafią do rady z następnym pakietem, więc usuń je przed eksportem prawdziwej pracy.</translation>
        </message>
        <message>
            <source>Load examples</source>
            <translation>Wczytaj przykłady</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Delete organisation</source>
            <translation>Usuń organizację</translation>
        </message>
        <message>
            <source>It leaves the register on this laptop and in the next sync bundle. You can undo this straight after (Ctrl+Z).</source>
            <translation>Zniknie z rejestru na tym laptopie i z następnego pakietu synchronizacji. Możesz to od razu cofnąć (Ctrl+Z).</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Zachowaj</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Niezapisane zmiany</translation>
        </message>
        <message>
            <source>If you don't save, what you typed since the last save is lost.</source>
            <translation>Bez zapisania stracisz to, co wpisano od ostatniego zapisu.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Zapisz</translation>
        </message>
        <message>
            <source>Don't save</source>
            <translation>Nie zapisuj</translation>
        </message>
        <message>
            <source>Search name, charity or company number, postcode (Ctrl+F)</source>
            <translation>Szukaj nazwy, numeru organizacji lub spółki, kodu (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search organisations</source>
            <translation>Szukaj organizacji</translation>
        </message>
        <message>
            <source>Show organisations in ward</source>
            <translation>Pokaż organizacje z okręgu</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>Nowa organizacja</translation>
        </message>
        <message>
            <source>Register a new organisation (Ctrl+N)</source>
            <translation>Zarejestruj nową organizację (Ctrl+N)</translation>
        </message>
        <message>
            <source>Delete the selected organisation (Delete); Ctrl+Z undoes</source>
            <translation>Usuń wybraną organizację (Delete); Ctrl+Z cofa</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Eksportuj…</translation>
        </message>
        <message>
            <source>Export the register to a spreadsheet</source>
            <translation>Eksportuj rejestr do arkusza</translation>
        </message>
        <message>
            <source>The organisations listed (search and ward as set) as an Excel workbook or CSV file</source>
            <translation>Widoczne organizacje (według wyszukiwania i okręgu) jako skoroszyt Excel lub plik CSV</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Historia…</translation>
        </message>
        <message>
            <source>History of the organisation</source>
            <translation>Historia organizacji</translation>
        </message>
        <message>
            <source>Every change to this organisation: before, after, who, when</source>
            <translation>Każda zmiana tej organizacji: przed, po, kto, kiedy</translation>
        </message>
        <message>
            <source>No organisations yet</source>
            <translation>Nie ma jeszcze organizacji</translation>
        </message>
        <message>
            <source>Twelve made-up organisations to try the app with</source>
            <translation>Dwanaście zmyślonych organizacji do wypróbowania aplikacji</translation>
        </message>
        <message>
            <source>Save registration</source>
            <translation>Zapisz rejestrację</translation>
        </message>
        <message>
            <source>Save the registration (Ctrl+S)</source>
            <translation>Zapisz rejestrację (Ctrl+S)</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Odrzuć zmiany</translation>
        </message>
        <message>
            <source>Start assessment…</source>
            <translation>Rozpocznij ocenę…</translation>
        </message>
        <message>
            <source>Start assessment</source>
            <translation>Rozpocznij ocenę</translation>
        </message>
        <message>
            <source>Run a health check or CAT readiness assessment with this organisation</source>
            <translation>Przeprowadź z tą organizacją przegląd kondycji lub ocenę gotowości do CAT</translation>
        </message>
        <message>
            <source>Registration and funding</source>
            <translation>Rejestracja i finansowanie</translation>
        </message>
        <message>
            <source>Re&amp;gistration</source>
            <translation>Re&amp;jestracja</translation>
        </message>
        <message>
            <source>F&amp;unding</source>
            <translation>&amp;Finansowanie</translation>
        </message>
        <message>
            <source>Register and form</source>
            <translation>Rejestr i formularz</translation>
        </message>
        <message>
            <source>this new organisation</source>
            <translation>tej nowej organizacji</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Cofnij</translation>
        </message>
        <message>
            <source>Add {count} made-up organisations to the register?</source>
            <translation>Dodać do rejestru zmyślone organizacje (liczba: {count})?</translation>
        </message>
        <message>
            <source>Delete {name}?</source>
            <translation>Usunąć {name}?</translation>
        </message>
        <message>
            <source>Save your changes to {name}?</source>
            <translation>Zapisać zmiany w: {name}?</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Finansowanie</translation>
        </message>
        <message>
            <source>{ward} (old ward)</source>
            <translation>{ward} (dawny okręg)</translation>
        </message>
        <message>
            <source>Registered {name}.</source>
            <translation>Zarejestrowano: {name}.</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>Zapisano: {name}.</translation>
        </message>
        <message>
            <source>There are no organisations listed to export.</source>
            <translation>Na liście nie ma organizacji do eksportu.</translation>
        </message>
        <message>
            <source>Saved {count} organisations to {file} in {folder}.</source>
            <translation>Zapisano organizacje (liczba: {count}) do pliku {file} w folderze {folder}.</translation>
        </message>
        <message>
            <source>Choose an organisation in the list to delete it.</source>
            <translation>Wybierz organizację z listy, aby ją usunąć.</translation>
        </message>
        <message>
            <source>this organisation</source>
            <translation>tę organizację</translation>
        </message>
        <message>
            <source>Nothing to undo.</source>
            <translation>Nie ma czego cofnąć.</translation>
        </message>
        <message>
            <source>Restored {name}.</source>
            <translation>Przywrócono: {name}.</translation>
        </message>
        <message>
            <source>Loaded {count} example organisations.</source>
            <translation>Wczytano przykładowe organizacje (liczba: {count}).</translation>
        </message>
        <message>
            <source>Exporting organisations: {count}…</source>
            <translation>Eksportowanie organizacji: {count}…</translation>
        </message>
        <message>
            <source>History of {name}</source>
            <translation>Historia: {name}</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>Usunięto: {name}.</translation>
        </message>
        <message>
            <source>Deleted {name}. Ctrl+Z undoes.</source>
            <translation>Usunięto: {name}. Ctrl+Z cofa.</translation>
        </message>
        <message>
            <source>Not saved yet: things to put right: {count}</source>
            <translation>Jeszcze nie zapisano: do poprawienia: {count}</translation>
        </message>
        <message>
            <source>Could not save {file}: {error}</source>
            <translation>Nie udało się zapisać {file}: {error}</translation>
        </message>
    </context>
    <context>
        <name>OurGroup</name>
        <message>
            <source>We agree that the council may keep these contact details and contact us</source>
            <translation>Zgadzamy się, by rada przechowywała te dane kontaktowe i kontaktowała się z nami</translation>
        </message>
        <message>
            <source>The file is locked: only {council} can open it. To send it, either attach it to an email to your council contact, or copy it to a USB stick and hand it in. You can send again whenever you like; the council simply sees your latest answers.</source>
            <translation>Plik jest zabezpieczony: otworzy go tylko {council}. Aby go wysłać, dołącz go do e-maila do osoby kontaktowej w radzie albo skopiuj na pendrive i zanieś. Możesz wysyłać ponownie, kiedy chcesz; rada widzi po prostu najnowsze odpowiedzi.</translation>
        </message>
        <message>
            <source>Where should the file for the council go? (a USB stick, or a folder to email from)</source>
            <translation>Gdzie zapisać plik dla rady? (pendrive lub folder, z którego wyślesz e-mail)</translation>
        </message>
        <message>
            <source>the council</source>
            <translation>rada</translation>
        </message>
        <message>
            <source>About this app</source>
            <translation>O aplikacji</translation>
        </message>
        <message>
            <source>Your group</source>
            <translation>Wasza grupa</translation>
        </message>
        <message>
            <source>Change details</source>
            <translation>Zmień dane</translation>
        </message>
        <message>
            <source>Change your group's details</source>
            <translation>Zmień dane grupy</translation>
        </message>
        <message>
            <source>Your health check</source>
            <translation>Wasz przegląd kondycji</translation>
        </message>
        <message>
            <source>Health check progress</source>
            <translation>Postęp przeglądu kondycji</translation>
        </message>
        <message>
            <source>Start the health check</source>
            <translation>Rozpocznij przegląd</translation>
        </message>
        <message>
            <source>Send it to the council</source>
            <translation>Wyślij do rady</translation>
        </message>
        <message>
            <source>How sending works</source>
            <translation>Jak działa wysyłanie</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Wysłano</translation>
        </message>
        <message>
            <source>Send to the council…</source>
            <translation>Wyślij do rady…</translation>
        </message>
        <message>
            <source>Send to the council</source>
            <translation>Wyślij do rady</translation>
        </message>
        <message>
            <source>Tell the council who you are. Only the group's name, its legal form and postcode are needed; a contact person helps the council get back to you.</source>
            <translation>Powiedzcie radzie, kim jesteście. Wystarczy nazwa grupy, forma prawna i kod pocztowy; osoba kontaktowa ułatwi radzie odpowiedź.</translation>
        </message>
        <message>
            <source>Group name</source>
            <translation>Nazwa grupy</translation>
        </message>
        <message>
            <source>e.g. Dalton Community Garden</source>
            <translation>np. Dalton Community Garden</translation>
        </message>
        <message>
            <source>What kind of group</source>
            <translation>Rodzaj grupy</translation>
        </message>
        <message>
            <source>where you meet, e.g. HD1 2AB</source>
            <translation>miejsce spotkań, np. HD1 2AB</translation>
        </message>
        <message>
            <source>Not sure</source>
            <translation>Nie wiem</translation>
        </message>
        <message>
            <source>Registration problem</source>
            <translation>Problem z rejestracją</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Cancel changing the details</source>
            <translation>Anuluj zmianę danych</translation>
        </message>
        <message>
            <source>Register our group</source>
            <translation>Zarejestruj naszą grupę</translation>
        </message>
        <message>
            <source>no contact person given</source>
            <translation>nie podano osoby kontaktowej</translation>
        </message>
        <message>
            <source>Writing the file…</source>
            <translation>Zapisywanie pliku…</translation>
        </message>
        <message>
            <source>Step {number}: {title}</source>
            <translation>Krok {number}: {title}</translation>
        </message>
        <message>
            <source>{number}. {title}</source>
            <translation>{number}. {title}</translation>
        </message>
        <message>
            <source>Register your group</source>
            <translation>Zarejestrujcie grupę</translation>
        </message>
        <message>
            <source>Sit together, one screen everyone can see. Before each section you read a short guide; then each person rates each statement privately, you reveal the ratings together and agree one answer. Everything is saved as you go.</source>
            <translation>Usiądźcie razem przy jednym ekranie, który wszyscy widzą. Przed każdą sekcją czytacie krótki opis; potem każdy ocenia każde stwierdzenie w tajemnicy, razem odsłaniacie oceny i uzgadniacie jedną odpowiedź. Wszystko zapisuje się na bieżąco.</translation>
        </message>
        <message>
            <source>Not started yet. It takes 60 to 90 minutes.</source>
            <translation>Jeszcze nie rozpoczęto. Zajmuje 60–90 minut.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Zapisz</translation>
        </message>
        <message>
            <source>Your group's self-assessment, to share with {council}.</source>
            <translation>Samoocena grupy do przekazania: {council}.</translation>
        </message>
        <message>
            <source>See results and report</source>
            <translation>Wyniki i raport</translation>
        </message>
        <message>
            <source>Started: carry on where you left off.</source>
            <translation>Rozpoczęto: kontynuujcie od miejsca przerwania.</translation>
        </message>
        <message>
            <source>Carry on</source>
            <translation>Kontynuuj</translation>
        </message>
        <message>
            <source>Saved {file} in {folder}. Now email it to {council}, or take the stick to them.</source>
            <translation>Zapisano {file} w folderze {folder}. Teraz wyślij go e-mailem do: {council} albo zanieś pendrive.</translation>
        </message>
        <message>
            <source>The file for {council} is ready: {path}</source>
            <translation>Plik dla: {council} jest gotowy: {path}</translation>
        </message>
        <message>
            <source>Welcome. This is your group's own health check, to share with {council} when you are ready. Start by registering your group.</source>
            <translation>Witajcie. To własny przegląd kondycji waszej grupy, do przekazania: {council}, gdy będziecie gotowi. Zacznijcie od rejestracji grupy.</translation>
        </message>
        <message>
            <source>Contact: {contact}</source>
            <translation>Kontakt: {contact}</translation>
        </message>
        <message>
            <source>Finished. See your results, your action plan, and save the report.</source>
            <translation>Ukończono. Zobaczcie wyniki, plan działań i zapiszcie raport.</translation>
        </message>
        <message>
            <source>Something went wrong while writing the file; nothing was sent and your answers are safe. The details are in the log file. ({message})</source>
            <translation>Podczas zapisywania pliku coś poszło nie tak; nic nie wysłano, a odpowiedzi są bezpieczne. Szczegóły są w pliku dziennika. ({message})</translation>
        </message>
        <message>
            <source>Finished on {date}. See your strengths, the areas to work on, your action plan, and save the report.</source>
            <translation>Ukończono {date}. Zobaczcie mocne strony, obszary do pracy, plan działań i zapiszcie raport.</translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <source>Ready</source>
            <translation>Gotowa</translation>
        </message>
        <message>
            <source>Ready with support</source>
            <translation>Gotowa ze wsparciem</translation>
        </message>
        <message>
            <source>Not yet ready</source>
            <translation>Jeszcze niegotowa</translation>
        </message>
        <message>
            <source>Health checks</source>
            <translation>Przeglądy kondycji</translation>
        </message>
        <message>
            <source>all wards</source>
            <translation>wszystkie okręgi</translation>
        </message>
        <message>
            <source>Saved CSV files ({count}: {file}, …) in {folder}.</source>
            <translation>Zapisano pliki CSV ({count}: {file}, …) w {folder}.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Przegląd</translation>
        </message>
        <message>
            <source>Ward</source>
            <translation>Okręg</translation>
        </message>
        <message>
            <source>Assessed from</source>
            <translation>Oceny od</translation>
        </message>
        <message>
            <source>to</source>
            <translation>do</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Odśwież</translation>
        </message>
        <message>
            <source>Export to spreadsheet…</source>
            <translation>Eksport do arkusza…</translation>
        </message>
        <message>
            <source>Every table of the overview, in full, as an Excel workbook (.xlsx) or CSV files</source>
            <translation>Wszystkie tabele przeglądu, w całości, jako skoroszyt Excel (.xlsx) lub pliki CSV</translation>
        </message>
        <message>
            <source>Working out the overview…</source>
            <translation>Przygotowywanie przeglądu…</translation>
        </message>
        <message>
            <source>Include work not yet approved</source>
            <translation>Uwzględnij pracę jeszcze niezatwierdzoną</translation>
        </message>
        <message>
            <source>Off: the figures count only assessments council staff approved on the Assessments page. On: every completed assessment, approved or not.</source>
            <translation>Wyłączone: liczby obejmują tylko oceny zatwierdzone przez pracowników rady na stronie Oceny. Włączone: każdą ukończoną ocenę, zatwierdzoną czy nie.</translation>
        </message>
        <message>
            <source>All wards</source>
            <translation>Wszystkie okręgi</translation>
        </message>
        <message>
            <source>the start</source>
            <translation>początku</translation>
        </message>
        <message>
            <source>today</source>
            <translation>dziś</translation>
        </message>
        <message>
            <source>(every completed assessment counts, approved or not)</source>
            <translation>(liczy się każda ukończona ocena, zatwierdzona czy nie)</translation>
        </message>
        <message>
            <source>number: average score (0–100)</source>
            <translation>liczba: średni wynik (0–100)</translation>
        </message>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Na razie nie ma nic do pokazania.</translation>
        </message>
        <message>
            <source>Saved {file} in {folder}.</source>
            <translation>Zapisano {file} w {folder}.</translation>
        </message>
        <message>
            <source>Support needs by ward and theme</source>
            <translation>Potrzeby wsparcia według okręgu i tematu</translation>
        </message>
        <message>
            <source>CAT readiness over time (per quarter)</source>
            <translation>Gotowość do CAT w czasie (kwartalnie)</translation>
        </message>
        <message>
            <source>Health checks per quarter (average score)</source>
            <translation>Przeglądy kondycji na kwartał (średni wynik)</translation>
        </message>
        <message>
            <source>Organisations by legal form</source>
            <translation>Organizacje według formy prawnej</translation>
        </message>
        <message>
            <source>Organisations by ward</source>
            <translation>Organizacje według okręgu</translation>
        </message>
        <message>
            <source>No completed assessments have raised support needs yet.</source>
            <translation>Żadna ukończona ocena nie wskazała jeszcze potrzeb wsparcia.</translation>
        </message>
        <message>
            <source>Organisations whose latest assessment raised each support need, 1 theme most needed first; darker means more.</source>
            <translation>Organizacje, których ostatnia ocena wskazała daną potrzebę wsparcia; 1 temat, najpilniejsze najpierw; ciemniej znaczy więcej.</translation>
        </message>
        <message>
            <source>1 organisation registered in {where}</source>
            <translation>1 zarejestrowana organizacja – {where}</translation>
        </message>
        <message>
            <source>{count} organisations registered in {where}</source>
            <translation>Zarejestrowane organizacje – {where}: {count}</translation>
        </message>
        <message>
            <source>{count} with a completed assessment from {start} to {end}</source>
            <translation>z ukończoną oceną od {start} do {end}: {count}</translation>
        </message>
        <message>
            <source>{count} with a completed assessment</source>
            <translation>z ukończoną oceną: {count}</translation>
        </message>
        <message>
            <source>that council staff approved; 1 assessment not yet approved left out</source>
            <translation>(liczą się oceny zatwierdzone przez pracowników rady; pominięto 1 jeszcze niezatwierdzoną)</translation>
        </message>
        <message>
            <source>that council staff approved</source>
            <translation>(liczą się oceny zatwierdzone przez pracowników rady)</translation>
        </message>
        <message>
            <source>Organisations whose latest assessment raised each support need, {count} themes most needed first; darker means more.</source>
            <translation>Organizacje, których ostatnia ocena wskazała daną potrzebę wsparcia; tematy: {count}, najpilniejsze najpierw; ciemniej znaczy więcej.</translation>
        </message>
        <message>
            <source>1 more theme is in the spreadsheet export or on a wider window.</source>
            <translation>Jeszcze 1 temat jest w eksporcie do arkusza lub w szerszym oknie.</translation>
        </message>
        <message>
            <source>1 more theme is in the spreadsheet export.</source>
            <translation>Jeszcze 1 temat jest w eksporcie do arkusza.</translation>
        </message>
        <message>
            <source>that council staff approved; {count} assessments not yet approved left out</source>
            <translation>(liczą się oceny zatwierdzone przez pracowników rady; pominięte jeszcze niezatwierdzone: {count})</translation>
        </message>
        <message>
            <source>Could not save {file}: {reason}</source>
            <translation>Nie udało się zapisać {file}: {reason}</translation>
        </message>
        <message>
            <source>{count} more themes are in the spreadsheet export or on a wider window.</source>
            <translation>Pozostałe tematy ({count}) są w eksporcie do arkusza lub w szerszym oknie.</translation>
        </message>
        <message>
            <source>{count} more themes are in the spreadsheet export.</source>
            <translation>Pozostałe tematy ({count}) są w eksporcie do arkusza.</translation>
        </message>
    </context>
    <context>
        <name>PhonePage</name>
        <message>
            <source>Vote</source>
            <translation>Głosuj</translation>
        </message>
        <message>
            <source>Silent vote</source>
            <translation>Ciche głosowanie</translation>
        </message>
        <message>
            <source>your rating stays private until everyone has voted</source>
            <translation>twoja ocena pozostaje prywatna, dopóki wszyscy nie zagłosują</translation>
        </message>
        <message>
            <source>Enter the PIN</source>
            <translation>Wpisz PIN</translation>
        </message>
        <message>
            <source>The 4-digit PIN is on the laptop or the big screen.</source>
            <translation>4-cyfrowy PIN jest na laptopie lub na dużym ekranie.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Dalej</translation>
        </message>
        <message>
            <source>Which one is you?</source>
            <translation>Którą osobą jesteś?</translation>
        </message>
        <message>
            <source>Choose the label the facilitator gave you. Only you can vote for it.</source>
            <translation>Wybierz etykietę, którą dał ci prowadzący. Tylko ty możesz na nią głosować.</translation>
        </message>
        <message>
            <source>Waiting for the next statement</source>
            <translation>Czekamy na następne stwierdzenie</translation>
        </message>
        <message>
            <source>Keep this page open. It moves on by itself.</source>
            <translation>Nie zamykaj tej strony. Przejdzie dalej sama.</translation>
        </message>
        <message>
            <source>(taken)</source>
            <translation>(zajęte)</translation>
        </message>
        <message>
            <source>You are {chip}</source>
            <translation>Jesteś: {chip}</translation>
        </message>
        <message>
            <source>Statement {number} of {total}</source>
            <translation>Stwierdzenie {number} z {total}</translation>
        </message>
        <message>
            <source>The votes are on the screen now. Talk about them together.</source>
            <translation>Głosy są teraz na ekranie. Porozmawiajcie o nich razem.</translation>
        </message>
        <message>
            <source>Your vote is in ({voted} of {people} have voted). You can change it until the votes are shown.</source>
            <translation>Twój głos dotarł (zagłosowało {voted} z {people}). Możesz go zmienić, dopóki głosy nie zostaną pokazane.</translation>
        </message>
        <message>
            <source>Tap the one that fits best. Nobody sees your vote until everyone has voted.</source>
            <translation>Dotknij tego, co pasuje najlepiej. Nikt nie zobaczy twojego głosu, dopóki wszyscy nie zagłosują.</translation>
        </message>
        <message>
            <source>The PIN has 4 digits.</source>
            <translation>PIN ma 4 cyfry.</translation>
        </message>
        <message>
            <source>Can't reach the laptop. Check the Wi-Fi.</source>
            <translation>Nie można połączyć się z laptopem. Sprawdź Wi-Fi.</translation>
        </message>
        <message>
            <source>That didn't work. Try again.</source>
            <translation>Nie udało się. Spróbuj ponownie.</translation>
        </message>
        <message>
            <source>Your vote didn't arrive. Try again.</source>
            <translation>Twój głos nie dotarł. Spróbuj ponownie.</translation>
        </message>
        <message>
            <source>The PIN has changed.</source>
            <translation>PIN się zmienił.</translation>
        </message>
        <message>
            <source>Can't reach the laptop just now. Trying again…</source>
            <translation>Chwilowo brak połączenia z laptopem. Próbuję ponownie…</translation>
        </message>
        <message>
            <source>Another phone has already chosen this person.</source>
            <translation>Inny telefon wybrał już tę osobę.</translation>
        </message>
        <message>
            <source>Busy. Try again in a moment.</source>
            <translation>Zajęte. Spróbuj za chwilę.</translation>
        </message>
        <message>
            <source>Nothing here.</source>
            <translation>Nic tu nie ma.</translation>
        </message>
        <message>
            <source>Phone voting answers the local network only.</source>
            <translation>Głosowanie przez telefon działa tylko w sieci lokalnej.</translation>
        </message>
        <message>
            <source>Send a Content-Length.</source>
            <translation>Wyślij nagłówek Content-Length.</translation>
        </message>
        <message>
            <source>Something went wrong. Try again.</source>
            <translation>Coś poszło nie tak. Spróbuj ponownie.</translation>
        </message>
        <message>
            <source>That PIN is not right. Check the number on the screen.</source>
            <translation>Ten PIN jest nieprawidłowy. Sprawdź numer na ekranie.</translation>
        </message>
        <message>
            <source>That is not one of the choices.</source>
            <translation>To nie jest żadna z możliwości.</translation>
        </message>
        <message>
            <source>That request is not JSON.</source>
            <translation>To żądanie nie jest w formacie JSON.</translation>
        </message>
        <message>
            <source>That request is not a JSON object.</source>
            <translation>To żądanie nie jest obiektem JSON.</translation>
        </message>
        <message>
            <source>That request is too big.</source>
            <translation>To żądanie jest za duże.</translation>
        </message>
        <message>
            <source>The group has moved on. Your screen will catch up.</source>
            <translation>Grupa przeszła dalej. Twój ekran zaraz to pokaże.</translation>
        </message>
        <message>
            <source>The votes have been shown, so they can't change now.</source>
            <translation>Głosy zostały pokazane, więc nie można ich już zmienić.</translation>
        </message>
        <message>
            <source>There is no statement to vote on just now.</source>
            <translation>W tej chwili nie ma stwierdzenia do głosowania.</translation>
        </message>
        <message>
            <source>There is no such person in this session.</source>
            <translation>Nie ma takiej osoby w tej sesji.</translation>
        </message>
        <message>
            <source>This phone has not chosen who it is yet.</source>
            <translation>Ten telefon nie wybrał jeszcze, kim jest.</translation>
        </message>
        <message>
            <source>Too many requests. Slow down a little.</source>
            <translation>Za dużo żądań. Trochę wolniej.</translation>
        </message>
        <message>
            <source>Too many wrong PINs. Wait a minute and try again.</source>
            <translation>Za dużo błędnych PIN-ów. Odczekaj minutę i spróbuj ponownie.</translation>
        </message>
    </context>
    <context>
        <name>PhoneVoting</name>
        <message>
            <source>&lt;p&gt;Phones need to be on the same network as this laptop. No internet is needed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;If the hall has Wi-Fi&lt;/b&gt;, join the laptop and the phones to it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;If not, turn on the laptop's own hotspot&lt;/b&gt; and ask people to join it:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Windows 10 and 11:&lt;/b&gt; Settings → Network &amp;amp; internet → Mobile hotspot → turn it on. The network name and password are shown there.&lt;/li&gt;&lt;li&gt;&lt;b&gt;macOS:&lt;/b&gt; a Mac cannot share Wi-Fi over Wi-Fi; use the hall's Wi-Fi, or a phone's hotspot that both the laptop and the other phones join.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Linux (GNOME):&lt;/b&gt; Settings → Wi-Fi → ⋮ menu → Turn On Wi-Fi Hotspot….&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Then people scan the QR code, or type the address, and enter the PIN.&lt;/p&gt;&lt;p&gt;GAP Field Kit never changes your network settings.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Telefony muszą być w tej samej sieci co ten laptop. Internet nie jest potrzebny.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Jeśli w sali jest Wi-Fi&lt;/b&gt;, połącz z nim laptopa i telefony.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Jeśli nie, włącz hotspot laptopa&lt;/b&gt; i poproś wszystkich, żeby się z nim połączyli:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Windows 10 i 11:&lt;/b&gt; Ustawienia → Sieć i Internet → Hotspot mobilny → włącz. Nazwa sieci i hasło są tam pokazane.&lt;/li&gt;&lt;li&gt;&lt;b&gt;macOS:&lt;/b&gt; Mac nie udostępnia Wi-Fi przez Wi-Fi; użyj Wi-Fi w sali albo hotspotu telefonu, z którym połączą się laptop i pozostałe telefony.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Linux (GNOME):&lt;/b&gt; Ustawienia → Wi-Fi → menu ⋮ → Włącz hotspot Wi-Fi….&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Potem wszyscy skanują kod QR albo wpisują adres i podają PIN.&lt;/p&gt;&lt;p&gt;GAP Field Kit nigdy nie zmienia ustawień sieci.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>QR code to open the voting page</source>
            <translation>Kod QR otwierający stronę głosowania</translation>
        </message>
        <message>
            <source>How to connect phones…</source>
            <translation>Jak podłączyć telefony…</translation>
        </message>
        <message>
            <source>How to connect phones</source>
            <translation>Jak podłączyć telefony</translation>
        </message>
        <message>
            <source>Stop phone voting</source>
            <translation>Zatrzymaj głosowanie przez telefon</translation>
        </message>
        <message>
            <source>Connecting phones</source>
            <translation>Podłączanie telefonów</translation>
        </message>
        <message>
            <source>Phone voting is on</source>
            <translation>Głosowanie przez telefon jest włączone</translation>
        </message>
        <message>
            <source>Scan the code, or open &lt;b&gt;{address}&lt;/b&gt; and enter PIN {pin}</source>
            <translation>Zeskanuj kod albo otwórz &lt;b&gt;{address}&lt;/b&gt; i wpisz PIN {pin}</translation>
        </message>
        <message>
            <source>PIN {pin}. This laptop is not on a network yet: join the hall's Wi-Fi or turn on its hotspot (How to connect phones).</source>
            <translation>PIN {pin}. Ten laptop nie jest jeszcze w żadnej sieci: połącz go z Wi-Fi w sali albo włącz jego hotspot (Jak podłączyć telefony).</translation>
        </message>
        <message>
            <source>{voted} of {people} have voted</source>
            <translation>zagłosowało {voted} z {people}</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <source>Contact name</source>
            <translation>Imię i nazwisko osoby kontaktowej</translation>
        </message>
        <message>
            <source>Contact email</source>
            <translation>E-mail osoby kontaktowej</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>Telefon osoby kontaktowej</translation>
        </message>
        <message>
            <source>Contact role</source>
            <translation>Funkcja osoby kontaktowej</translation>
        </message>
        <message>
            <source>Preferred language</source>
            <translation>Preferowany język</translation>
        </message>
        <message>
            <source>Consent given on</source>
            <translation>Data wyrażenia zgody</translation>
        </message>
        <message>
            <source>How consent was given</source>
            <translation>Jak wyrażono zgodę</translation>
        </message>
        <message>
            <source>What consent covers</source>
            <translation>Czego dotyczy zgoda</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Prowadzący</translation>
        </message>
        <message>
            <source>Participant label</source>
            <translation>Oznaczenie uczestnika</translation>
        </message>
        <message>
            <source>Who will do it</source>
            <translation>Kto to zrobi</translation>
        </message>
        <message>
            <source>Written by</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Komentarz</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notatka</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Miejsce</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Odpowiedź</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Co zrobić</translation>
        </message>
        <message>
            <source>Support offered</source>
            <translation>Oferowane wsparcie</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organizacja</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Ocena</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Uczestnik</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Działanie</translation>
        </message>
        <message>
            <source>Action review</source>
            <translation>Przegląd działania</translation>
        </message>
        <message>
            <source>Review note</source>
            <translation>Uwaga z weryfikacji</translation>
        </message>
        <message>
            <source>{what}: {organisation}</source>
            <translation>{what}: {organisation}</translation>
        </message>
        <message>
            <source>Erase personal data?</source>
            <translation>Usunąć dane osobowe?</translation>
        </message>
        <message>
            <source>Keep everything</source>
            <translation>Zachowaj wszystko</translation>
        </message>
        <message>
            <source>Contacts due for review</source>
            <translation>Kontakty do przeglądu</translation>
        </message>
        <message>
            <source>&amp;Keep contact</source>
            <translation>&amp;Zachowaj kontakt</translation>
        </message>
        <message>
            <source>&amp;Erase contact…</source>
            <translation>&amp;Usuń kontakt…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Gdzie</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Co</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wartość</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Ostatnia aktywność</translation>
        </message>
        <message>
            <source>Earlier decision</source>
            <translation>Wcześniejsza decyzja</translation>
        </message>
        <message>
            <source>Kept on {date}</source>
            <translation>Zachowano {date}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Erase everything held about {person}?&lt;/b&gt; These values will be removed from this computer's records and from their history, leaving “erased on (date) at the person's request”. The erasure travels in the next bundle or field pack and reaches every copy. It cannot be undone.</source>
            <translation>&lt;b&gt;Usunąć wszystko, co przechowywane jest o {person}?&lt;/b&gt; Te wartości zostaną usunięte z rekordów tego komputera i z ich historii, a w ich miejscu pozostanie „usunięto (data) na prośbę osoby”. Usunięcie trafi do następnego pakietu lub pakietu terenowego i dotrze do każdej kopii. Nie można tego cofnąć.</translation>
        </message>
        <message>
            <source>Entries of their history scrubbed: {count}.</source>
            <translation>Wyczyszczone wpisy historii: {count}.</translation>
        </message>
        <message>
            <source>Erase these values ({count})</source>
            <translation>Usuń te wartości ({count})</translation>
        </message>
        <message>
            <source>Organisations holding a contact person's details, with no activity for {years} years or more: {count}. Keep a contact (the decision is recorded in the organisation's history and the period starts again) or erase it.</source>
            <translation>Organizacje przechowujące dane osoby kontaktowej, bez aktywności od {years} lat lub dłużej: {count}. Zachowaj kontakt (decyzja zostaje zapisana w historii organizacji, a okres liczy się od nowa) albo go usuń.</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(bez nazwiska)</translation>
        </message>
        <message>
            <source>Conflicts scrubbed: {count}.</source>
            <translation>Wyczyszczone konflikty: {count}.</translation>
        </message>
        <message>
            <source>The app's backups of the database deleted (all are older than the erasure): {count}.</source>
            <translation>Usunięte kopie zapasowe bazy danych aplikacji (wszystkie są starsze niż usunięcie): {count}.</translation>
        </message>
        <message>
            <source>{field} (only they are taken out)</source>
            <translation>{field} (usuwane są tylko dane tej osoby)</translation>
        </message>
        <message>
            <source>Personal data (UK GDPR)</source>
            <translation>Dane osobowe (UK GDPR)</translation>
        </message>
        <message>
            <source>Find everything held about a person (by name, email or phone) to give them a copy, or erase it at their request. See docs/privacy.md.</source>
            <translation>Znajdź wszystko, co przechowywane jest o danej osobie (po nazwisku, e-mailu lub telefonie), aby przekazać jej kopię, albo usuń to na jej prośbę. Zobacz docs/privacy.md.</translation>
        </message>
        <message>
            <source>Name, email or phone</source>
            <translation>Nazwisko, e-mail lub telefon</translation>
        </message>
        <message>
            <source>&amp;Person</source>
            <translation>&amp;Osoba</translation>
        </message>
        <message>
            <source>Subject access &amp;export…</source>
            <translation>&amp;Eksport danych dla osoby…</translation>
        </message>
        <message>
            <source>E&amp;rase…</source>
            <translation>U&amp;suń…</translation>
        </message>
        <message>
            <source> years</source>
            <translation> lat</translation>
        </message>
        <message>
            <source>Review due contacts…</source>
            <translation>Przejrzyj kontakty…</translation>
        </message>
        <message>
            <source>&amp;Forget it on this computer…</source>
            <translation>&amp;Zapomnij na tym komputerze…</translation>
        </message>
        <message>
            <source>Folder for the subject access files</source>
            <translation>Folder na pliki dostępu do danych</translation>
        </message>
        <message>
            <source>Erasing…</source>
            <translation>Usuwanie…</translation>
        </message>
        <message>
            <source>Forget completed work?</source>
            <translation>Zapomnieć ukończoną pracę?</translation>
        </message>
        <message>
            <source>The council has confirmed receiving them. Their answers, participants, actions and history are deleted here only; the council keeps them, and a field pack can bring them back.</source>
            <translation>Rada potwierdziła ich otrzymanie. Ich odpowiedzi, uczestnicy, działania i historia są usuwane tylko tutaj; rada je zachowuje, a pakiet terenowy może je przywrócić.</translation>
        </message>
        <message>
            <source>Forget them</source>
            <translation>Zapomnij je</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>Zachowaj je</translation>
        </message>
        <message>
            <source>Forgetting…</source>
            <translation>Zapominanie…</translation>
        </message>
        <message>
            <source>Kept; the decision is in the organisation's history.</source>
            <translation>Zachowano; decyzja jest w historii organizacji.</translation>
        </message>
        <message>
            <source>Review contacts after</source>
            <translation>Przeglądaj kontakty po</translation>
        </message>
        <message>
            <source>without activity</source>
            <translation>bez aktywności</translation>
        </message>
        <message>
            <source>Looking for “{person}”…</source>
            <translation>Szukanie „{person}”…</translation>
        </message>
        <message>
            <source>Wrote {json} and {pdf}.</source>
            <translation>Zapisano {json} i {pdf}.</translation>
        </message>
        <message>
            <source>Erased. Values: {values}; records: {records}; history entries scrubbed: {history}; backups deleted: {backups}. The erasure travels in the next bundle or field pack.</source>
            <translation>Usunięto. Wartości: {values}; rekordy: {records}; wyczyszczone wpisy historii: {history}; usunięte kopie zapasowe: {backups}. Usunięcie trafi do następnego pakietu lub pakietu terenowego.</translation>
        </message>
        <message>
            <source>Completed assessments the council has confirmed receiving: {count}. Forgetting them leaves less on this computer if it is lost; the council keeps them.</source>
            <translation>Ukończone oceny, których otrzymanie potwierdziła rada: {count}. Zapomnienie ich sprawia, że w razie zgubienia komputera jest na nim mniej danych; rada je zachowuje.</translation>
        </message>
        <message>
            <source>Completed assessments to forget on this computer: {count}. Forget them?</source>
            <translation>Ukończone oceny do zapomnienia na tym komputerze: {count}. Zapomnieć je?</translation>
        </message>
        <message>
            <source>Completed assessments forgotten on this computer: {count}.</source>
            <translation>Ukończone oceny zapomniane na tym komputerze: {count}.</translation>
        </message>
        <message>
            <source>Nothing is held about “{person}”. Check the spelling, or look for their email or phone number.</source>
            <translation>Nic nie jest przechowywane o „{person}”. Sprawdź pisownię albo poszukaj po adresie e-mail lub numerze telefonu.</translation>
        </message>
    </context>
    <context>
        <name>Projector</name>
        <message>
            <source>Projector</source>
            <translation>Projektor</translation>
        </message>
        <message>
            <source>How the group rated it</source>
            <translation>Jak oceniła to grupa</translation>
        </message>
        <message>
            <source>The ratings differ by two levels or more</source>
            <translation>Oceny różnią się o dwa poziomy lub więcej</translation>
        </message>
        <message>
            <source>The ratings are shown when everyone has rated.</source>
            <translation>Oceny pojawią się, gdy wszyscy ocenią.</translation>
        </message>
        <message>
            <source>TALK ABOUT THIS</source>
            <translation>POROZMAWIAJCIE O TYM</translation>
        </message>
        <message>
            <source>Vote on your phone: {address}  ·  PIN {pin}</source>
            <translation>Głosuj telefonem: {address}  ·  PIN {pin}</translation>
        </message>
        <message>
            <source>statement {position} of {shown}</source>
            <translation>stwierdzenie {position} z {shown}</translation>
        </message>
        <message>
            <source>{rated} of {raters} have rated.</source>
            <translation>Oceniło: {rated} z {raters}.</translation>
        </message>
        <message>
            <source>section {number} of {count}</source>
            <translation>część {number} z {count}</translation>
        </message>
    </context>
    <context>
        <name>Radar</name>
        <message>
            <source>no score</source>
            <translation>brak wyniku</translation>
        </message>
        <message>
            <source>No scores yet</source>
            <translation>Jeszcze brak wyników</translation>
        </message>
    </context>
    <context>
        <name>RegisterOrganisation</name>
        <message>
            <source>Register an organisation</source>
            <translation>Zarejestruj organizację</translation>
        </message>
        <message>
            <source>Save and go back</source>
            <translation>Zapisz i wróć</translation>
        </message>
        <message>
            <source>Save the registration and go back</source>
            <translation>Zapisz rejestrację i wróć</translation>
        </message>
        <message>
            <source>Register the organisation and return to the start (Ctrl+S)</source>
            <translation>Zarejestruj organizację i wróć do rozpoczęcia (Ctrl+S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Cancel: register nothing</source>
            <translation>Anuluj: niczego nie rejestruj</translation>
        </message>
    </context>
    <context>
        <name>RegisterPreview</name>
        <message>
            <source>Opening your data…</source>
            <translation>Otwieranie danych…</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organizacje</translation>
        </message>
        <message>
            <source>Search name, charity or company number, postcode (Ctrl+F)</source>
            <translation>Szukaj: nazwa, numer organizacji charytatywnej lub spółki, kod pocztowy (Ctrl+F)</translation>
        </message>
        <message>
            <source>All wards</source>
            <translation>Wszystkie okręgi</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Eksportuj…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Historia…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>Nowa organizacja</translation>
        </message>
    </context>
    <context>
        <name>Registration</name>
        <message>
            <source>Whole district</source>
            <translation>Cały dystrykt</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>Inne nazwy</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation>Forma prawna</translation>
        </message>
        <message>
            <source>Legal form (other)</source>
            <translation>Forma prawna (inna)</translation>
        </message>
        <message>
            <source>Charity number</source>
            <translation>Numer organizacji charytatywnej</translation>
        </message>
        <message>
            <source>Company number</source>
            <translation>Numer spółki</translation>
        </message>
        <message>
            <source>Mutuals register number</source>
            <translation>Numer w rejestrze mutuals</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Miejscowość</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Kod pocztowy</translation>
        </message>
        <message>
            <source>Ward</source>
            <translation>Okręg (ward)</translation>
        </message>
        <message>
            <source>Ward list</source>
            <translation>Lista okręgów</translation>
        </message>
        <message>
            <source>District committee area</source>
            <translation>Obszar komisji dystryktu</translation>
        </message>
        <message>
            <source>Areas of benefit</source>
            <translation>Obszary działania</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Tematy</translation>
        </message>
        <message>
            <source>Who benefits</source>
            <translation>Kto korzysta</translation>
        </message>
        <message>
            <source>Who benefits (other)</source>
            <translation>Kto korzysta (inni)</translation>
        </message>
        <message>
            <source>Year founded</source>
            <translation>Rok założenia</translation>
        </message>
        <message>
            <source>Annual income</source>
            <translation>Roczny dochód</translation>
        </message>
        <message>
            <source>Trustees / committee members</source>
            <translation>Powiernicy / członkowie zarządu</translation>
        </message>
        <message>
            <source>Paid staff (FTE)</source>
            <translation>Płatny personel (etaty)</translation>
        </message>
        <message>
            <source>Regular volunteers</source>
            <translation>Stali wolontariusze</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>Konto bankowe</translation>
        </message>
        <message>
            <source>Bank signatories</source>
            <translation>Osoby uprawnione do podpisu</translation>
        </message>
        <message>
            <source>Policies held</source>
            <translation>Posiadane polityki</translation>
        </message>
        <message>
            <source>Insurance held</source>
            <translation>Posiadane ubezpieczenia</translation>
        </message>
        <message>
            <source>Interested in</source>
            <translation>Zainteresowania</translation>
        </message>
        <message>
            <source>Building for asset transfer</source>
            <translation>Budynek do przekazania</translation>
        </message>
        <message>
            <source>Contact name</source>
            <translation>Osoba kontaktowa</translation>
        </message>
        <message>
            <source>Contact role</source>
            <translation>Funkcja osoby kontaktowej</translation>
        </message>
        <message>
            <source>Contact email</source>
            <translation>E-mail kontaktowy</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>Telefon kontaktowy</translation>
        </message>
        <message>
            <source>Contact's preferred language</source>
            <translation>Preferowany język kontaktu</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>Data zgody</translation>
        </message>
        <message>
            <source>How consent was given</source>
            <translation>Jak wyrażono zgodę</translation>
        </message>
        <message>
            <source>What consent covers</source>
            <translation>Zakres zgody</translation>
        </message>
        <message>
            <source>GAP status</source>
            <translation>Status GAP</translation>
        </message>
        <message>
            <source>GAP status date</source>
            <translation>Data statusu GAP</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <source>Unincorporated association</source>
            <translation>Stowarzyszenie nierejestrowe</translation>
        </message>
        <message>
            <source>Trust</source>
            <translation>Fundusz powierniczy (trust)</translation>
        </message>
        <message>
            <source>CIO (association model)</source>
            <translation>CIO (model stowarzyszenia)</translation>
        </message>
        <message>
            <source>CIO (foundation model)</source>
            <translation>CIO (model fundacji)</translation>
        </message>
        <message>
            <source>Charitable company (limited by guarantee)</source>
            <translation>Spółka charytatywna (z odpowiedzialnością z tytułu gwarancji)</translation>
        </message>
        <message>
            <source>Company limited by guarantee (not a charity)</source>
            <translation>Spółka z odpowiedzialnością z tytułu gwarancji (nie charytatywna)</translation>
        </message>
        <message>
            <source>Community interest company (CIC)</source>
            <translation>Spółka interesu społecznego (CIC)</translation>
        </message>
        <message>
            <source>Community benefit society (CBS)</source>
            <translation>Stowarzyszenie pożytku społecznego (CBS)</translation>
        </message>
        <message>
            <source>Co-operative society</source>
            <translation>Spółdzielnia</translation>
        </message>
        <message>
            <source>Faith group</source>
            <translation>Grupa wyznaniowa</translation>
        </message>
        <message>
            <source>Informal or mutual aid group</source>
            <translation>Grupa nieformalna lub samopomocowa</translation>
        </message>
        <message>
            <source>Town or parish council</source>
            <translation>Rada miejska lub parafialna</translation>
        </message>
        <message>
            <source>Other (say what)</source>
            <translation>Inna (podaj jaka)</translation>
        </message>
        <message>
            <source>Community groups and activities</source>
            <translation>Grupy i zajęcia społeczne</translation>
        </message>
        <message>
            <source>Health, wellbeing and self-care</source>
            <translation>Zdrowie, dobrostan i samoopieka</translation>
        </message>
        <message>
            <source>Volunteering and social action</source>
            <translation>Wolontariat i działania społeczne</translation>
        </message>
        <message>
            <source>Social prescribing</source>
            <translation>Recepta społeczna</translation>
        </message>
        <message>
            <source>Sharing resources (space, equipment, skills)</source>
            <translation>Dzielenie się zasobami (miejsce, sprzęt, umiejętności)</translation>
        </message>
        <message>
            <source>Food</source>
            <translation>Żywność</translation>
        </message>
        <message>
            <source>Exercise and sport</source>
            <translation>Ruch i sport</translation>
        </message>
        <message>
            <source>Arts and culture</source>
            <translation>Sztuka i kultura</translation>
        </message>
        <message>
            <source>Learning and skills</source>
            <translation>Nauka i umiejętności</translation>
        </message>
        <message>
            <source>Children, young people and families</source>
            <translation>Dzieci, młodzież i rodziny</translation>
        </message>
        <message>
            <source>Older people</source>
            <translation>Osoby starsze</translation>
        </message>
        <message>
            <source>Disabled people</source>
            <translation>Osoby z niepełnosprawnościami</translation>
        </message>
        <message>
            <source>Mental health</source>
            <translation>Zdrowie psychiczne</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>Zatrudnienie</translation>
        </message>
        <message>
            <source>Money, debt and housing advice</source>
            <translation>Porady finansowe, dłużne i mieszkaniowe</translation>
        </message>
        <message>
            <source>Environment and green spaces</source>
            <translation>Środowisko i tereny zielone</translation>
        </message>
        <message>
            <source>Faith</source>
            <translation>Wiara</translation>
        </message>
        <message>
            <source>Refugees and new arrivals</source>
            <translation>Uchodźcy i nowo przybyli</translation>
        </message>
        <message>
            <source>Domestic abuse support</source>
            <translation>Wsparcie w przemocy domowej</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Inne</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Dzieci</translation>
        </message>
        <message>
            <source>Young people</source>
            <translation>Młodzież</translation>
        </message>
        <message>
            <source>Families</source>
            <translation>Rodziny</translation>
        </message>
        <message>
            <source>Carers</source>
            <translation>Opiekunowie</translation>
        </message>
        <message>
            <source>People with mental health needs</source>
            <translation>Osoby w kryzysie psychicznym</translation>
        </message>
        <message>
            <source>People on low incomes</source>
            <translation>Osoby o niskich dochodach</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Kobiety</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Mężczyźni</translation>
        </message>
        <message>
            <source>LGBTQ+ people</source>
            <translation>Osoby LGBTQ+</translation>
        </message>
        <message>
            <source>Minority ethnic communities</source>
            <translation>Społeczności mniejszości etnicznych</translation>
        </message>
        <message>
            <source>Faith communities</source>
            <translation>Wspólnoty wyznaniowe</translation>
        </message>
        <message>
            <source>Everyone in the area</source>
            <translation>Wszyscy mieszkańcy okolicy</translation>
        </message>
        <message>
            <source>Other (say who)</source>
            <translation>Inni (podaj kto)</translation>
        </message>
        <message>
            <source>Under £10k</source>
            <translation>Poniżej 10 tys. £</translation>
        </message>
        <message>
            <source>£10k–£25k</source>
            <translation>10–25 tys. £</translation>
        </message>
        <message>
            <source>£25k–£100k</source>
            <translation>25–100 tys. £</translation>
        </message>
        <message>
            <source>£100k–£500k</source>
            <translation>100–500 tys. £</translation>
        </message>
        <message>
            <source>£500k–£1m</source>
            <translation>500 tys.–1 mln £</translation>
        </message>
        <message>
            <source>Over £1m</source>
            <translation>Ponad 1 mln £</translation>
        </message>
        <message>
            <source>Safeguarding</source>
            <translation>Ochrona osób narażonych</translation>
        </message>
        <message>
            <source>Equality and inclusion</source>
            <translation>Równość i włączanie</translation>
        </message>
        <message>
            <source>Data protection / privacy notice</source>
            <translation>Ochrona danych / informacja o prywatności</translation>
        </message>
        <message>
            <source>Health and safety</source>
            <translation>BHP</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Skargi</translation>
        </message>
        <message>
            <source>Volunteer policy</source>
            <translation>Polityka wolontariatu</translation>
        </message>
        <message>
            <source>Financial procedures</source>
            <translation>Procedury finansowe</translation>
        </message>
        <message>
            <source>Public liability</source>
            <translation>OC wobec osób trzecich</translation>
        </message>
        <message>
            <source>Employer's liability</source>
            <translation>OC pracodawcy</translation>
        </message>
        <message>
            <source>Buildings</source>
            <translation>Budynki</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Wyposażenie</translation>
        </message>
        <message>
            <source>Trustee indemnity</source>
            <translation>OC powierników</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Wydarzenia</translation>
        </message>
        <message>
            <source>Grants</source>
            <translation>Dotacje</translation>
        </message>
        <message>
            <source>Community asset transfer</source>
            <translation>Przekazanie mienia społeczności</translation>
        </message>
        <message>
            <source>Volunteering support</source>
            <translation>Wsparcie wolontariatu</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Szkolenia</translation>
        </message>
        <message>
            <source>Contact by the council</source>
            <translation>Kontakt ze strony rady</translation>
        </message>
        <message>
            <source>Sharing with partner organisations</source>
            <translation>Udostępnianie organizacjom partnerskim</translation>
        </message>
        <message>
            <source>Listing in the community directory</source>
            <translation>Wpis do katalogu społeczności</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Zarejestrowana</translation>
        </message>
        <message>
            <source>Health check offered</source>
            <translation>Zaproponowano przegląd kondycji</translation>
        </message>
        <message>
            <source>Health check done</source>
            <translation>Przegląd kondycji wykonany</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>Nowa organizacja</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wybierz…</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>dd/mm/rrrr</translation>
        </message>
        <message>
            <source>{title} section</source>
            <translation>Sekcja: {title}</translation>
        </message>
        <message>
            <source>Show or hide this section</source>
            <translation>Pokaż lub ukryj tę sekcję</translation>
        </message>
        <message>
            <source>Problem with {field}</source>
            <translation>Problem: {field}</translation>
        </message>
        <message>
            <source>Registration form</source>
            <translation>Formularz rejestracji</translation>
        </message>
        <message>
            <source>Organisation being edited</source>
            <translation>Edytowana organizacja</translation>
        </message>
        <message>
            <source>Problems to put right before saving</source>
            <translation>Do poprawienia przed zapisaniem</translation>
        </message>
        <message>
            <source>Registration fields</source>
            <translation>Pola rejestracji</translation>
        </message>
        <message>
            <source>Fields marked * are needed.</source>
            <translation>Pola oznaczone * są wymagane.</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organizacja</translation>
        </message>
        <message>
            <source>working or former names, one a line</source>
            <translation>nazwy robocze lub dawne, jedna w wierszu</translation>
        </message>
        <message>
            <source>Address and ward</source>
            <translation>Adres i okręg</translation>
        </message>
        <message>
            <source>one line each</source>
            <translation>każdy w osobnym wierszu</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Nie ustawiono</translation>
        </message>
        <message>
            <source>Filled in from the ward</source>
            <translation>Uzupełniane na podstawie okręgu</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Czym się zajmuje</translation>
        </message>
        <message>
            <source>e.g. 1998</source>
            <translation>np. 1998</translation>
        </message>
        <message>
            <source>Size and money</source>
            <translation>Wielkość i finanse</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Nieznane</translation>
        </message>
        <message>
            <source>0–100</source>
            <translation>od 0 do 100</translation>
        </message>
        <message>
            <source>e.g. 2.5</source>
            <translation>np. 2.5</translation>
        </message>
        <message>
            <source>e.g. 25</source>
            <translation>np. 25</translation>
        </message>
        <message>
            <source>how many can sign</source>
            <translation>ile osób może podpisywać</translation>
        </message>
        <message>
            <source>Policies and insurance</source>
            <translation>Polityki i ubezpieczenia</translation>
        </message>
        <message>
            <source>Contact person and consent</source>
            <translation>Osoba kontaktowa i zgoda</translation>
        </message>
        <message>
            <source>GAP status and notes</source>
            <translation>Status GAP i notatki</translation>
        </message>
        <message>
            <source>One thing to put right before saving:</source>
            <translation>Przed zapisaniem popraw jedną rzecz:</translation>
        </message>
        <message>
            <source>Policy held: {policy}</source>
            <translation>Posiadana polityka: {policy}</translation>
        </message>
        <message>
            <source>last reviewed, {date_format}</source>
            <translation>ostatni przegląd, {date_format}</translation>
        </message>
        <message>
            <source>{policy} policy: last review date</source>
            <translation>Polityka {policy}: data ostatniego przeglądu</translation>
        </message>
        <message>
            <source>{label} *</source>
            <translation>{label} *</translation>
        </message>
        <message>
            <source>e.g. Holme Valley Food Bank</source>
            <translation>np. Holme Valley Food Bank</translation>
        </message>
        <message>
            <source>say what</source>
            <translation>podaj jaka</translation>
        </message>
        <message>
            <source>e.g. 1234567, SC012345</source>
            <translation>np. 1234567, SC012345</translation>
        </message>
        <message>
            <source>e.g. 01234567, SC123456</source>
            <translation>np. 01234567, SC123456</translation>
        </message>
        <message>
            <source>e.g. 12345R</source>
            <translation>np. 12345R</translation>
        </message>
        <message>
            <source>e.g. HD1 2AB</source>
            <translation>np. HD1 2AB</translation>
        </message>
        <message>
            <source>say who</source>
            <translation>podaj kto</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Tak</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nie</translation>
        </message>
        <message>
            <source>building name and address</source>
            <translation>nazwa i adres budynku</translation>
        </message>
        <message>
            <source>e.g. Secretary</source>
            <translation>np. sekretarz</translation>
        </message>
        <message>
            <source>name@example.org</source>
            <translation>nazwa@example.org</translation>
        </message>
        <message>
            <source>e.g. 01484 221000</source>
            <translation>np. 01484 221000</translation>
        </message>
        <message>
            <source>e.g. English, Urdu</source>
            <translation>np. angielski, urdu</translation>
        </message>
        <message>
            <source>e.g. signed the registration form</source>
            <translation>np. podpisano formularz rejestracji</translation>
        </message>
        <message>
            <source>{ward} (not a current ward)</source>
            <translation>{ward} (nieaktualny okręg)</translation>
        </message>
        <message>
            <source>{count} things to put right before saving:</source>
            <translation>Do poprawienia przed zapisaniem: {count}</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>To do</source>
            <translation>Do zrobienia</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>W toku</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Zrobione</translation>
        </message>
        <message>
            <source>Organisational health check</source>
            <translation>Przegląd kondycji organizacji</translation>
        </message>
        <message>
            <source>CAT readiness</source>
            <translation>Gotowość do CAT</translation>
        </message>
        <message>
            <source>organisational health check</source>
            <translation>przegląd kondycji organizacji</translation>
        </message>
        <message>
            <source>CAT readiness assessment</source>
            <translation>gotowość do CAT</translation>
        </message>
        <message>
            <source>Not met yet</source>
            <translation>Jeszcze niespełniony</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>Bez odpowiedzi</translation>
        </message>
        <message>
            <source>The group did not know</source>
            <translation>Grupa nie wiedziała</translation>
        </message>
        <message>
            <source>Draft: the answers may still change</source>
            <translation>Wersja robocza: odpowiedzi mogą się jeszcze zmienić</translation>
        </message>
        <message>
            <source>Each section's score is the average of its agreed answers, from 0 to 100. “Don't know” answers are not scored.</source>
            <translation>Wynik każdej części to średnia uzgodnionych odpowiedzi, od 0 do 100. Odpowiedzi „Nie wiem” nie są liczone.</translation>
        </message>
        <message>
            <source>done</source>
            <translation>zrobione</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>w toku</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>porzucone</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Porzucone</translation>
        </message>
        <message>
            <source>1 trustee</source>
            <translation>1 członek zarządu</translation>
        </message>
        <message>
            <source>{count} trustees</source>
            <translation>członkowie zarządu: {count}</translation>
        </message>
        <message>
            <source>1 volunteer</source>
            <translation>1 wolontariusz</translation>
        </message>
        <message>
            <source>{count} volunteers</source>
            <translation>wolontariusze: {count}</translation>
        </message>
        <message>
            <source>1 staff</source>
            <translation>1 pracownik</translation>
        </message>
        <message>
            <source>{count} staff</source>
            <translation>pracownicy: {count}</translation>
        </message>
        <message>
            <source>1 member</source>
            <translation>1 członek</translation>
        </message>
        <message>
            <source>{count} members</source>
            <translation>członkowie: {count}</translation>
        </message>
        <message>
            <source>1 person</source>
            <translation>1 osoba</translation>
        </message>
        <message>
            <source>{count} people</source>
            <translation>osoby: {count}</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Ukończona</translation>
        </message>
        <message>
            <source>Not scored</source>
            <translation>Bez wyniku</translation>
        </message>
        <message>
            <source>Overall score</source>
            <translation>Wynik ogólny</translation>
        </message>
        <message>
            <source>1 section improved</source>
            <translation>Poprawa w 1 części</translation>
        </message>
        <message>
            <source>Every condition is met</source>
            <translation>Wszystkie warunki są spełnione</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Część</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Wynik</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Poziom</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Odpowiedzi</translation>
        </message>
        <message>
            <source>same</source>
            <translation>bez zmian</translation>
        </message>
        <message>
            <source>Every condition of this stage is met and every section reached the readiness level.</source>
            <translation>Wszystkie warunki tego etapu są spełnione, a każda część osiągnęła poziom gotowości.</translation>
        </message>
        <message>
            <source>What was agreed</source>
            <translation>Co uzgodniono</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kto</translation>
        </message>
        <message>
            <source>Since then</source>
            <translation>Od tamtej pory</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notatka</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Co</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>Do kiedy</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Wsparcie</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>{kind} · form {form} version {version} · report created {when}</source>
            <translation>{kind} · formularz {form} wersja {version} · raport utworzony {when}</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organizacja</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation>Forma prawna</translation>
        </message>
        <message>
            <source>Ward</source>
            <translation>Okręg (ward)</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Ocena</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Miejsce</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Prowadzący</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Uczestnicy</translation>
        </message>
        <message>
            <source>How it was run</source>
            <translation>Jak przebiegała</translation>
        </message>
        <message>
            <source>This report starts with what is strong, then what to develop and the support on offer, and ends with the action plan and every answer the group agreed. It is a development tool, not a pass or fail test.</source>
            <translation>Raport zaczyna się od mocnych stron, potem pokazuje, co rozwijać i jakie wsparcie jest dostępne, a kończy planem działań i wszystkimi uzgodnionymi odpowiedziami grupy. To narzędzie rozwoju, a nie egzamin.</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Nie zapisano</translation>
        </message>
        <message>
            <source>None recorded</source>
            <translation>Nikogo nie zapisano</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Podsumowanie</translation>
        </message>
        <message>
            <source>What's strong</source>
            <translation>Mocne strony</translation>
        </message>
        <message>
            <source>Since {date} (was {score})</source>
            <translation>Od {date} (było {score})</translation>
        </message>
        <message>
            <source>1 condition not met yet</source>
            <translation>1 warunek jeszcze niespełniony</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Wcześniej</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Zmiana</translation>
        </message>
        <message>
            <source>Section by section</source>
            <translation>Część po części</translation>
        </message>
        <message>
            <source>Some conditions must be met at this stage of the transfer, and these are not met yet. They are the first things to work on, with the council's support.</source>
            <translation>Na tym etapie przekazania niektóre warunki muszą być spełnione, a te jeszcze nie są. To od nich trzeba zacząć, ze wsparciem rady.</translation>
        </message>
        <message>
            <source>Community Asset Transfer readiness</source>
            <translation>Gotowość do przekazania mienia społeczności (CAT)</translation>
        </message>
        <message>
            <source>Support on offer</source>
            <translation>Dostępne wsparcie</translation>
        </message>
        <message>
            <source>These themes came up in the answers. Next to each is the support the council and its partners offer; most of it is free to community groups.</source>
            <translation>Te tematy pojawiły się w odpowiedziach. Przy każdym jest wsparcie, które oferuje rada i jej partnerzy; większość jest bezpłatna dla grup społecznych.</translation>
        </message>
        <message>
            <source>Since last time</source>
            <translation>Od ostatniego razu</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan działań</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Nie dotyczy</translation>
        </message>
        <message>
            <source>Appendix: every statement and answer</source>
            <translation>Załącznik: wszystkie stwierdzenia i odpowiedzi</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Stwierdzenie</translation>
        </message>
        <message>
            <source>Agreed answer</source>
            <translation>Uzgodniona odpowiedź</translation>
        </message>
        <message>
            <source>How people rated</source>
            <translation>Jak oceniali uczestnicy</translation>
        </message>
        <message>
            <source>Group session: each person rated, then the group agreed</source>
            <translation>Sesja grupowa: każdy ocenił, potem grupa uzgodniła</translation>
        </message>
        <message>
            <source>Facilitated: one agreed answer per statement</source>
            <translation>Prowadzona: jedna uzgodniona odpowiedź na stwierdzenie</translation>
        </message>
        <message>
            <source>Rating scale</source>
            <translation>Skala ocen</translation>
        </message>
        <message>
            <source>Scores</source>
            <translation>Wyniki</translation>
        </message>
        <message>
            <source>Statements the group rated highly:</source>
            <translation>Stwierdzenia ocenione przez grupę wysoko:</translation>
        </message>
        <message>
            <source>No section scored highly yet. Every group starts somewhere: the action plan shows the first steps and the support on offer.</source>
            <translation>Żadna część nie ma jeszcze wysokiego wyniku. Każda grupa od czegoś zaczyna: plan działań pokazuje pierwsze kroki i dostępne wsparcie.</translation>
        </message>
        <message>
            <source>This assessment ({date})</source>
            <translation>Ta ocena ({date})</translation>
        </message>
        <message>
            <source>What to develop next</source>
            <translation>Co rozwijać dalej</translation>
        </message>
        <message>
            <source>{count} sections improved</source>
            <translation>Poprawa w częściach: {count}</translation>
        </message>
        <message>
            <source>{answered} of {total}</source>
            <translation>{answered} z {total}</translation>
        </message>
        <message>
            <source>Stage: {stage}.</source>
            <translation>Etap: {stage}.</translation>
        </message>
        <message>
            <source>Conditions not met yet</source>
            <translation>Warunki jeszcze niespełnione</translation>
        </message>
        <message>
            <source>No answer asked for support this time.</source>
            <translation>Tym razem żadna odpowiedź nie wskazała potrzeby wsparcia.</translation>
        </message>
        <message>
            <source>No actions were agreed in this session yet.</source>
            <translation>Na tej sesji nie uzgodniono jeszcze żadnych działań.</translation>
        </message>
        <message>
            <source>None chosen</source>
            <translation>Nic nie wybrano</translation>
        </message>
        <message>
            <source>The agreed answer to every statement shown in this session, with how people rated it before agreeing (one dot per person at each level), and the notes the group made.</source>
            <translation>Uzgodniona odpowiedź na każde stwierdzenie pokazane na tej sesji, z tym, jak oceniali je uczestnicy przed uzgodnieniem (jedna kropka na osobę przy każdym poziomie), oraz notatki grupy.</translation>
        </message>
        <message>
            <source>The agreed answer to every statement shown in this session, and the notes the group made.</source>
            <translation>Uzgodniona odpowiedź na każde stwierdzenie pokazane na tej sesji oraz notatki grupy.</translation>
        </message>
        <message>
            <source>Notes on the session</source>
            <translation>Notatki z sesji</translation>
        </message>
        <message>
            <source>Report of the session on {date}</source>
            <translation>Raport z sesji {date}</translation>
        </message>
        <message>
            <source>Completed {date}</source>
            <translation>Ukończona {date}</translation>
        </message>
        <message>
            <source>{low} and above</source>
            <translation>{low} i więcej</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>od {low} do {high}</translation>
        </message>
        <message>
            <source>below {high}</source>
            <translation>poniżej {high}</translation>
        </message>
        <message>
            <source>and</source>
            <translation>i</translation>
        </message>
        <message>
            <source>Previous ({date})</source>
            <translation>Poprzednia ({date})</translation>
        </message>
        <message>
            <source>Scores by section</source>
            <translation>Wyniki według części</translation>
        </message>
        <message>
            <source>{section}: {score} out of 100</source>
            <translation>{section}: {score} na 100</translation>
        </message>
        <message>
            <source>{count} conditions not met yet</source>
            <translation>Warunki jeszcze niespełnione: {count}</translation>
        </message>
        <message>
            <source>“Before” is the previous {kind} on {date}.</source>
            <translation>„Wcześniej” to poprzednia ocena ({kind}) z {date}.</translation>
        </message>
        <message>
            <source>Every condition of this stage is met. With support, these sections can reach the readiness level: {sections}.</source>
            <translation>Wszystkie warunki tego etapu są spełnione. Ze wsparciem te części mogą osiągnąć poziom gotowości: {sections}.</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Warunek</translation>
        </message>
        <message>
            <source>Where it stands</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Raised by</source>
            <translation>Wynika z</translation>
        </message>
        <message>
            <source>{count} {outcome}</source>
            <translation>{outcome}: {count}</translation>
        </message>
        <message>
            <source>See below</source>
            <translation>Zobacz niżej</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Notatka:</translation>
        </message>
        <message>
            <source>({count} don't know)</source>
            <translation>(nie wiem: {count})</translation>
        </message>
        <message>
            <source>{met} of {total} conditions are met.</source>
            <translation>Spełnione warunki: {met} z {total}.</translation>
        </message>
        <message>
            <source>Ask your development worker.</source>
            <translation>Zapytaj swojego doradcę ds. rozwoju.</translation>
        </message>
        <message>
            <source>{count} not reviewed</source>
            <translation>bez przeglądu: {count}</translation>
        </message>
        <message>
            <source>The actions agreed on {date}, and what became of them: {counts}.</source>
            <translation>Działania uzgodnione {date} i co się z nimi stało: {counts}.</translation>
        </message>
        <message>
            <source>Gateway criterion</source>
            <translation>Warunek konieczny</translation>
        </message>
        <message>
            <source>Each section scores 0 to 100.</source>
            <translation>Każda część ma wynik od 0 do 100.</translation>
        </message>
        <message>
            <source>{sections} scored {score} out of 100.</source>
            <translation>{sections}: wynik {score} na 100.</translation>
        </message>
        <message>
            <source>{sections} each scored {score} out of 100.</source>
            <translation>{sections}: każda z wynikiem {score} na 100.</translation>
        </message>
        <message>
            <source>Support on offer for: {themes}. See the pages that follow.</source>
            <translation>Dostępne wsparcie w tematach: {themes}. Zobacz kolejne strony.</translation>
        </message>
        <message>
            <source>Action {number}</source>
            <translation>Działanie {number}</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Odpowiedź</translation>
        </message>
        <message>
            <source>Talked about</source>
            <translation>Omówione</translation>
        </message>
        <message>
            <source>Who: {who}</source>
            <translation>Kto: {who}</translation>
        </message>
        <message>
            <source>By {date}</source>
            <translation>Do {date}</translation>
        </message>
        <message>
            <source>Support: {offer}</source>
            <translation>Wsparcie: {offer}</translation>
        </message>
        <message>
            <source>Not enough sections to draw a chart.</source>
            <translation>Za mało części, aby narysować wykres.</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Zamknięty</translation>
        </message>
        <message>
            <source>Apply any time</source>
            <translation>Wnioski w dowolnym momencie</translation>
        </message>
        <message>
            <source>Eligibility here is a guide, never a decision: the funder decides.</source>
            <translation>Kwalifikowalność podana tutaj to wskazówka, nigdy decyzja: decyduje grantodawca.</translation>
        </message>
        <message>
            <source>Funding you could apply for</source>
            <translation>Dofinansowanie, o które możecie się ubiegać</translation>
        </message>
        <message>
            <source>Funds you can apply to now</source>
            <translation>Fundusze, o które możecie się ubiegać już teraz</translation>
        </message>
        <message>
            <source>Funds you could apply to after…</source>
            <translation>Fundusze, o które będziecie mogli się ubiegać, gdy…</translation>
        </message>
        <message>
            <source>Funds file last updated {date}.</source>
            <translation>Plik funduszy zaktualizowano ostatnio {date}.</translation>
        </message>
        <message>
            <source>Next deadline {date}</source>
            <translation>Najbliższy termin: {date}</translation>
        </message>
        <message>
            <source>Closed on {date}</source>
            <translation>Zamknięty {date}</translation>
        </message>
        <message>
            <source>None yet: the funds below say what would open them.</source>
            <translation>Na razie żaden: przy funduszach poniżej napisano, co otworzy do nich drogę.</translation>
        </message>
        <message>
            <source>Nothing stands in the way of the open funds.</source>
            <translation>Nic nie stoi na przeszkodzie do otwartych funduszy.</translation>
        </message>
        <message>
            <source>Closed for now</source>
            <translation>Na razie zamknięte</translation>
        </message>
        <message>
            <source>Fund</source>
            <translation>Fundusz</translation>
        </message>
        <message>
            <source>Amounts</source>
            <translation>Kwoty</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kiedy</translation>
        </message>
        <message>
            <source>Help: {offers}</source>
            <translation>Pomoc: {offers}</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Mocna strona</translation>
        </message>
        <message>
            <source>Developing</source>
            <translation>W rozwoju</translation>
        </message>
        <message>
            <source>Priority for support</source>
            <translation>Priorytet wsparcia</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Gotowa</translation>
        </message>
        <message>
            <source>Ready with support</source>
            <translation>Gotowa ze wsparciem</translation>
        </message>
        <message>
            <source>Not yet ready</source>
            <translation>Jeszcze niegotowa</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Nie oceniono</translation>
        </message>
        <message>
            <source>January</source>
            <translation>stycznia</translation>
        </message>
        <message>
            <source>February</source>
            <translation>lutego</translation>
        </message>
        <message>
            <source>March</source>
            <translation>marca</translation>
        </message>
        <message>
            <source>April</source>
            <translation>kwietnia</translation>
        </message>
        <message>
            <source>May</source>
            <translation>maja</translation>
        </message>
        <message>
            <source>June</source>
            <translation>czerwca</translation>
        </message>
        <message>
            <source>July</source>
            <translation>lipca</translation>
        </message>
        <message>
            <source>August</source>
            <translation>sierpnia</translation>
        </message>
        <message>
            <source>September</source>
            <translation>września</translation>
        </message>
        <message>
            <source>October</source>
            <translation>października</translation>
        </message>
        <message>
            <source>November</source>
            <translation>listopada</translation>
        </message>
        <message>
            <source>December</source>
            <translation>grudnia</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>sty</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>lut</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>mar</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>kwi</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>cze</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>lip</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>sie</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>wrz</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>paź</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>lis</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>gru</translation>
        </message>
        <message>
            <source>Page {page} of</source>
            <translation>Strona {page} z</translation>
        </message>
    </context>
    <context>
        <name>Results</name>
        <message>
            <source>no change</source>
            <translation>bez zmian</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Mocna strona</translation>
        </message>
        <message>
            <source>Developing</source>
            <translation>W rozwoju</translation>
        </message>
        <message>
            <source>Priority for support</source>
            <translation>Priorytet wsparcia</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Gotowa</translation>
        </message>
        <message>
            <source>Ready with support</source>
            <translation>Gotowa przy wsparciu</translation>
        </message>
        <message>
            <source>Not yet ready</source>
            <translation>Jeszcze niegotowa</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Zrobione</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>W toku</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Porzucone</translation>
        </message>
        <message>
            <source>Save the report as PDF</source>
            <translation>Zapisz raport jako PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Pliki PDF (*.pdf)</translation>
        </message>
        <message>
            <source>1 statement</source>
            <translation>1 stwierdzenie</translation>
        </message>
        <message>
            <source>{count} statements</source>
            <translation>stwierdzenia: {count}</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Wyniki</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Zapisz PDF…</translation>
        </message>
        <message>
            <source>Change answers</source>
            <translation>Zmień odpowiedzi</translation>
        </message>
        <message>
            <source>Go back to the statements (a completed one is reopened)</source>
            <translation>Wróć do stwierdzeń (zakończona ocena zostanie ponownie otwarta)</translation>
        </message>
        <message>
            <source>Back to assessments</source>
            <translation>Wróć do ocen</translation>
        </message>
        <message>
            <source>What is strong</source>
            <translation>Mocne strony</translation>
        </message>
        <message>
            <source>Areas to develop</source>
            <translation>Obszary do rozwoju</translation>
        </message>
        <message>
            <source>Support needs and what is on offer</source>
            <translation>Potrzeby wsparcia i dostępna pomoc</translation>
        </message>
        <message>
            <source>Since last time</source>
            <translation>Od ostatniego razu</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Wyniki</translation>
        </message>
        <message>
            <source>&amp;Action plan</source>
            <translation>&amp;Plan działania</translation>
        </message>
        <message>
            <source>&amp;Funding</source>
            <translation>&amp;Finansowanie</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>zakończona</translation>
        </message>
        <message>
            <source>not completed yet (draft)</source>
            <translation>jeszcze niezakończona (wersja robocza)</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Część</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Wynik</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Poziom</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Zmiana</translation>
        </message>
        <message>
            <source>Save the results and action plan as a PDF for the group (Ctrl+P)</source>
            <translation>Zapisz wyniki i plan działania jako PDF dla grupy (Ctrl+P)</translation>
        </message>
        <message>
            <source>PDF reports are not available in this version yet.</source>
            <translation>Raporty PDF nie są jeszcze dostępne w tej wersji.</translation>
        </message>
        <message>
            <source>There is no such assessment yet: start one from the list.</source>
            <translation>Nie ma jeszcze takiej oceny: rozpocznij ją z listy.</translation>
        </message>
        <message>
            <source>Essential conditions not met yet:</source>
            <translation>Niespełnione jeszcze warunki konieczne:</translation>
        </message>
        <message>
            <source>Every essential condition is met and every section is ready.</source>
            <translation>Wszystkie warunki konieczne są spełnione, a każda część jest gotowa.</translation>
        </message>
        <message>
            <source>This assessment ({date})</source>
            <translation>Ta ocena ({date})</translation>
        </message>
        <message>
            <source>{count} {outcome}</source>
            <translation>{outcome}: {count}</translation>
        </message>
        <message>
            <source>not reviewed</source>
            <translation>bez przeglądu</translation>
        </message>
        <message>
            <source>…and {count} more.</source>
            <translation>…i jeszcze {count}.</translation>
        </message>
        <message>
            <source>Previous ({date})</source>
            <translation>Poprzednia ({date})</translation>
        </message>
        <message>
            <source>Once statements are rated 3 or 4, they show here first.</source>
            <translation>Stwierdzenia ocenione na 3 lub 4 pojawią się tu w pierwszej kolejności.</translation>
        </message>
        <message>
            <source>Strongest sections: {sections}.</source>
            <translation>Najmocniejsze części: {sections}.</translation>
        </message>
        <message>
            <source>No section is below green. Keep doing what works.</source>
            <translation>Żadna część nie jest poniżej zielonego. Róbcie dalej to, co działa.</translation>
        </message>
        <message>
            <source>Sections to work on first: {sections}.</source>
            <translation>Części do pracy w pierwszej kolejności: {sections}.</translation>
        </message>
        <message>
            <source>No support needs were raised.</source>
            <translation>Nie wskazano potrzeb wsparcia.</translation>
        </message>
        <message>
            <source>{count} not reviewed</source>
            <translation>bez przeglądu: {count}</translation>
        </message>
        <message>
            <source>Actions agreed on {date}: {counts}.</source>
            <translation>Działania uzgodnione {date}: {counts}.</translation>
        </message>
        <message>
            <source>Overall score &lt;b&gt;{score}&lt;/b&gt; out of 100</source>
            <translation>Wynik ogólny: &lt;b&gt;{score}&lt;/b&gt; na 100</translation>
        </message>
        <message>
            <source>Every essential condition is met. Sections to strengthen first: {sections}.</source>
            <translation>Wszystkie warunki konieczne są spełnione. Części do wzmocnienia w pierwszej kolejności: {sections}.</translation>
        </message>
        <message>
            <source>Support need: {theme} ({statements})</source>
            <translation>Potrzeba wsparcia: {theme} ({statements})</translation>
        </message>
        <message>
            <source>Area to develop: {section} ({score})</source>
            <translation>Obszar do rozwoju: {section} ({score})</translation>
        </message>
        <message>
            <source>Statement: {text}</source>
            <translation>Stwierdzenie: {text}</translation>
        </message>
        <message>
            <source>previous assessment ({date}): {score}</source>
            <translation>poprzednia ocena ({date}): {score}</translation>
        </message>
        <message>
            <source>raised by: {statements}</source>
            <translation>na podstawie: {statements}</translation>
        </message>
        <message>
            <source>Ask your development worker.</source>
            <translation>Zapytaj swojego opiekuna rozwoju.</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message>
            <source>Not applicable</source>
            <translation>Nie dotyczy</translation>
        </message>
        <message>
            <source>Complete the assessment</source>
            <translation>Zakończ ocenę</translation>
        </message>
        <message>
            <source>Unanswered statements are not scored. You can reopen the assessment later to add them; the change is recorded.</source>
            <translation>Stwierdzenia bez odpowiedzi nie są oceniane. Możesz później ponownie otworzyć ocenę i je uzupełnić; zmiana zostanie zapisana.</translation>
        </message>
        <message>
            <source>Complete anyway</source>
            <translation>Zakończ mimo to</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Wróć</translation>
        </message>
        <message>
            <source>Review and complete</source>
            <translation>Przejrzyj i zakończ</translation>
        </message>
        <message>
            <source>Review last time's actions…</source>
            <translation>Przejrzyj działania z poprzedniego razu…</translation>
        </message>
        <message>
            <source>Move to the new version…</source>
            <translation>Przenieś do nowej wersji…</translation>
        </message>
        <message>
            <source>← Back to the statements</source>
            <translation>← Wróć do stwierdzeń</translation>
        </message>
        <message>
            <source>Complete assessment</source>
            <translation>Zakończ ocenę</translation>
        </message>
        <message>
            <source>Lock the answers and see the results (Ctrl+Enter)</source>
            <translation>Zablokuj odpowiedzi i zobacz wyniki (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>&amp;To look at</source>
            <translation>&amp;Do sprawdzenia</translation>
        </message>
        <message>
            <source>&amp;All answers</source>
            <translation>&amp;Wszystkie odpowiedzi</translation>
        </message>
        <message>
            <source>Assessment completed: the answers are locked.</source>
            <translation>Ocena zakończona: odpowiedzi są zablokowane.</translation>
        </message>
        <message>
            <source>{count} required statement(s) have no answer. Complete anyway?</source>
            <translation>Obowiązkowe stwierdzenia bez odpowiedzi: {count}. Zakończyć mimo to?</translation>
        </message>
        <message>
            <source>{answered} answered, {unanswered} without an answer ({required} required).</source>
            <translation>Z odpowiedzią: {answered}, bez odpowiedzi: {unanswered} (w tym obowiązkowych: {required}).</translation>
        </message>
        <message>
            <source>Press Enter on a statement to go back to it.</source>
            <translation>Naciśnij Enter na stwierdzeniu, aby do niego wrócić.</translation>
        </message>
        <message>
            <source>Talk about this (group mode only)</source>
            <translation>Do omówienia (tylko w trybie grupowym)</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Stwierdzenie</translation>
        </message>
        <message>
            <source>Agreed answer</source>
            <translation>Uzgodniona odpowiedź</translation>
        </message>
        <message>
            <source>Group ratings</source>
            <translation>Oceny grupy</translation>
        </message>
        <message>
            <source>Agreed?</source>
            <translation>Uzgodniono?</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Odpowiedź</translation>
        </message>
        <message>
            <source>{count} don't know</source>
            <translation>nie wiem: {count}</translation>
        </message>
        <message>
            <source>{count} not rated</source>
            <translation>bez oceny: {count}</translation>
        </message>
        <message>
            <source>spread {spread}</source>
            <translation>rozrzut {spread}</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Obowiązkowe</translation>
        </message>
        <message>
            <source>Talk about this</source>
            <translation>Do omówienia</translation>
        </message>
        <message>
            <source>No agreed score yet</source>
            <translation>Brak jeszcze uzgodnionej oceny</translation>
        </message>
        <message>
            <source>Without an answer ({count})</source>
            <translation>Bez odpowiedzi ({count})</translation>
        </message>
        <message>
            <source>{done} of {count} answered</source>
            <translation>odpowiedzi: {done} z {count}</translation>
        </message>
        <message>
            <source>&amp;All answers ({count})</source>
            <translation>&amp;Wszystkie odpowiedzi ({count})</translation>
        </message>
        <message>
            <source>From the earlier version, read only ({count}): not scored, kept with the assessment</source>
            <translation>Z poprzedniej wersji, tylko do odczytu ({count}): nieoceniane, zachowane przy ocenie</translation>
        </message>
        <message>
            <source>Moved to version {version}. New statements are marked in the list; answers with no place are kept read-only below.</source>
            <translation>Przeniesiono do wersji {version}. Nowe stwierdzenia są oznaczone na liście; odpowiedzi bez miejsca zachowano poniżej tylko do odczytu.</translation>
        </message>
        <message>
            <source>Draft moved to version {version} of the form</source>
            <translation>Wersję roboczą przeniesiono do wersji {version} formularza</translation>
        </message>
        <message>
            <source>{count} statement(s) had ratings two or more levels apart.</source>
            <translation>Stwierdzenia z ocenami różniącymi się o dwa poziomy lub więcej: {count}.</translation>
        </message>
        <message>
            <source>Talk about this ({talk}); no agreed score ({disagreed})</source>
            <translation>Do omówienia ({talk}); bez uzgodnionej oceny ({disagreed})</translation>
        </message>
        <message>
            <source>Last time's actions: {reviewed} of {count} reviewed.</source>
            <translation>Działania z poprzedniego razu: przejrzano {reviewed} z {count}.</translation>
        </message>
        <message>
            <source>The others show as not reviewed in the results.</source>
            <translation>Pozostałe są pokazane w wynikach jako nieprzejrzane.</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>Uzgodniono</translation>
        </message>
        <message>
            <source>This draft uses version {old} of the form; version {new} is now on this laptop. Answers follow their statements.</source>
            <translation>Ta wersja robocza korzysta z wersji {old} formularza; na tym laptopie jest już wersja {new}. Odpowiedzi idą za swoimi stwierdzeniami.</translation>
        </message>
        <message>
            <source>Move to version {version}…</source>
            <translation>Przenieś do wersji {version}…</translation>
        </message>
        <message>
            <source>New in version {version}</source>
            <translation>Nowe w wersji {version}</translation>
        </message>
        <message>
            <source>talk about this</source>
            <translation>do omówienia</translation>
        </message>
        <message>
            <source>No agreed score</source>
            <translation>Brak uzgodnionej oceny</translation>
        </message>
        <message>
            <source>Fix it, then Review and complete to send it again.</source>
            <translation>Popraw, a potem wyślij ponownie przez Przejrzyj i zakończ.</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Komentarz</translation>
        </message>
        <message>
            <source>The council marked this “{state}”.</source>
            <translation>Rada oznaczyła to jako „{state}”.</translation>
        </message>
        <message>
            <source>Council review</source>
            <translation>Przegląd rady</translation>
        </message>
        <message>
            <source>Review state</source>
            <translation>Stan przeglądu</translation>
        </message>
        <message>
            <source>Review comments</source>
            <translation>Komentarze przeglądu</translation>
        </message>
        <message>
            <source>Co&amp;mment…</source>
            <translation>&amp;Komentarz…</translation>
        </message>
        <message>
            <source>Add a comment to the thread</source>
            <translation>Dodaj komentarz do wątku</translation>
        </message>
        <message>
            <source>Review progress</source>
            <translation>Postęp przeglądu</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Stop: nothing is marked (all or nothing)</source>
            <translation>Zatrzymaj: nic nie zostanie oznaczone (wszystko albo nic)</translation>
        </message>
        <message>
            <source>Reopen to &amp;fix</source>
            <translation>&amp;Otwórz do poprawy</translation>
        </message>
        <message>
            <source>Unlock the answers, fix what the council asked, complete again</source>
            <translation>Odblokuj odpowiedzi, popraw to, o co prosi rada, i zakończ ponownie</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Zatwierdź</translation>
        </message>
        <message>
            <source>Count it in the council's figures (Alt+A)</source>
            <translation>Wlicz do danych rady (Alt+A)</translation>
        </message>
        <message>
            <source>Has &amp;issues…</source>
            <translation>&amp;Są problemy…</translation>
        </message>
        <message>
            <source>Send it back to the worker with what to fix</source>
            <translation>Odeślij pracownikowi z opisem, co poprawić</translation>
        </message>
        <message>
            <source>Re&amp;ject…</source>
            <translation>&amp;Odrzuć…</translation>
        </message>
        <message>
            <source>Leave it out for good, saying why</source>
            <translation>Pomiń na stałe, podając powód</translation>
        </message>
        <message>
            <source>The council</source>
            <translation>Rada</translation>
        </message>
        <message>
            <source>{count} assessments chosen: Approve marks them all approved.</source>
            <translation>Wybrane oceny: {count}. Zatwierdź oznaczy wszystkie jako zatwierdzone.</translation>
        </message>
        <message>
            <source>Council review: once it is completed.</source>
            <translation>Przegląd rady: po ukończeniu.</translation>
        </message>
        <message>
            <source>Council review: {state}</source>
            <translation>Przegląd rady: {state}</translation>
        </message>
    </context>
    <context>
        <name>ReviewState</name>
        <message>
            <source>received</source>
            <translation>otrzymane</translation>
        </message>
        <message>
            <source>resubmitted</source>
            <translation>wysłane ponownie</translation>
        </message>
        <message>
            <source>has issues</source>
            <translation>z problemami</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>zatwierdzone</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>odrzucone</translation>
        </message>
    </context>
    <context>
        <name>Runner</name>
        <message>
            <source>✓ rated</source>
            <translation>✓ ocenione</translation>
        </message>
        <message>
            <source>not rated yet</source>
            <translation>jeszcze nie ocenił(a)</translation>
        </message>
        <message>
            <source>&amp;Don't know</source>
            <translation>Nie &amp;wiem</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>&amp;Wyczyść</translation>
        </message>
        <message>
            <source>Talk about this: the ratings differ by two levels or more</source>
            <translation>Porozmawiajcie o tym: oceny różnią się o dwa poziomy lub więcej</translation>
        </message>
        <message>
            <source>rated; hidden until everyone has rated</source>
            <translation>ocenione; ukryte, dopóki wszyscy nie ocenią</translation>
        </message>
        <message>
            <source>the keys rate this person now</source>
            <translation>klawisze oceniają teraz tę osobę</translation>
        </message>
        <message>
            <source>Don't know</source>
            <translation>Nie wiem</translation>
        </message>
        <message>
            <source>don't know</source>
            <translation>nie wiem</translation>
        </message>
        <message>
            <source>Rating for {person}</source>
            <translation>Ocena osoby: {person}</translation>
        </message>
        <message>
            <source>{person}: click to set or change their rating</source>
            <translation>{person}: kliknij, aby ustawić lub zmienić ocenę tej osoby</translation>
        </message>
        <message>
            <source>rating {rating}</source>
            <translation>ocena {rating}</translation>
        </message>
        <message>
            <source>Click a section to go to its first statement</source>
            <translation>Kliknij część, aby przejść do jej pierwszego stwierdzenia</translation>
        </message>
        <message>
            <source>Projector view</source>
            <translation>Widok projektora</translation>
        </message>
        <message>
            <source>Show the statement on a projector (F5)</source>
            <translation>Pokaż stwierdzenie na projektorze (F5)</translation>
        </message>
        <message>
            <source>Review and complete</source>
            <translation>Przejrzyj i zakończ</translation>
        </message>
        <message>
            <source>See what is left, then complete</source>
            <translation>Zobacz, co zostało, a potem zakończ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <source>Back to the list; everything is saved</source>
            <translation>Powrót do listy; wszystko jest zapisane</translation>
        </message>
        <message>
            <source>Change the session's language (L)</source>
            <translation>Zmień język spotkania (L)</translation>
        </message>
        <message>
            <source>Help (F1)</source>
            <translation>Pomoc (F1)</translation>
        </message>
        <message>
            <source>Show or hide the help for this statement</source>
            <translation>Pokaż lub ukryj pomoc do tego stwierdzenia</translation>
        </message>
        <message>
            <source>&amp;Reveal now (R)</source>
            <translation>&amp;Pokaż teraz (R)</translation>
        </message>
        <message>
            <source>Show every rating now, before everyone has rated</source>
            <translation>Pokaż wszystkie oceny teraz, zanim wszyscy ocenią</translation>
        </message>
        <message>
            <source>&amp;Phone voting…</source>
            <translation>Głosowanie &amp;telefonem…</translation>
        </message>
        <message>
            <source>Let people vote from their own phones, privately, with no internet</source>
            <translation>Pozwól wszystkim głosować z własnych telefonów, prywatnie, bez internetu</translation>
        </message>
        <message>
            <source>&amp;Don't know (D)</source>
            <translation>Nie &amp;wiem (D)</translation>
        </message>
        <message>
            <source>Answer "don't know": not scored</source>
            <translation>Odpowiedź „nie wiem”: nie liczy się do wyniku</translation>
        </message>
        <message>
            <source>&amp;Skip (S)</source>
            <translation>&amp;Pomiń (S)</translation>
        </message>
        <message>
            <source>Leave this statement unanswered</source>
            <translation>Zostaw to stwierdzenie bez odpowiedzi</translation>
        </message>
        <message>
            <source>Clear answer (Delete)</source>
            <translation>Wyczyść odpowiedź (Delete)</translation>
        </message>
        <message>
            <source>Remove the answer given</source>
            <translation>Usuń udzieloną odpowiedź</translation>
        </message>
        <message>
            <source>Note or evidence</source>
            <translation>Notatka lub dowód</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Wstecz</translation>
        </message>
        <message>
            <source>The statement before (Backspace)</source>
            <translation>Poprzednie stwierdzenie (Backspace)</translation>
        </message>
        <message>
            <source>Next →</source>
            <translation>Dalej →</translation>
        </message>
        <message>
            <source>The next statement (Enter)</source>
            <translation>Następne stwierdzenie (Enter)</translation>
        </message>
        <message>
            <source>Keys: 1–4 choose · D don't know · Enter next · Backspace back · F1 help · L language</source>
            <translation>Klawisze: 1–4 wybór · D nie wiem · Enter dalej · Backspace wstecz · F1 pomoc · L język</translation>
        </message>
        <message>
            <source>facilitated</source>
            <translation>prowadzona</translation>
        </message>
        <message>
            <source>Reopened: changes from now on are recorded.</source>
            <translation>Otwarto ponownie: od teraz zmiany są rejestrowane.</translation>
        </message>
        <message>
            <source>L language</source>
            <translation>L język</translation>
        </message>
        <message>
            <source>This statement has no agreed score yet. Press 1–4 for the agreed score, or press Enter again to leave it without one.</source>
            <translation>To stwierdzenie nie ma jeszcze uzgodnionej oceny. Naciśnij 1–4, aby ją wybrać, albo ponownie Enter, aby zostawić je bez oceny.</translation>
        </message>
        <message>
            <source>Not everyone has rated this statement and it has no agreed score. Press Enter again to leave it without one.</source>
            <translation>Nie wszyscy ocenili to stwierdzenie i nie ma ono uzgodnionej oceny. Naciśnij ponownie Enter, aby zostawić je bez oceny.</translation>
        </message>
        <message>
            <source>Leave it without one</source>
            <translation>Zostaw bez oceny</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nie zapisano</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Spróbuj ponownie</translation>
        </message>
        <message>
            <source>Phone voting is off.</source>
            <translation>Głosowanie przez telefon jest wyłączone.</translation>
        </message>
        <message>
            <source>{done} of {count} sections done</source>
            <translation>ukończone części: {done} z {count}</translation>
        </message>
        <message>
            <source>This assessment is completed, so its answers are locked.</source>
            <translation>Ta ocena jest zakończona, więc jej odpowiedzi są zablokowane.</translation>
        </message>
        <message>
            <source>Reopen to change answers</source>
            <translation>Otwórz ponownie, aby zmienić odpowiedzi</translation>
        </message>
        <message>
            <source>Note of the discussion (what was said, what was agreed)</source>
            <translation>Notatka z dyskusji (co powiedziano, co uzgodniono)</translation>
        </message>
        <message>
            <source>Note or evidence (optional)</source>
            <translation>Notatka lub dowód (opcjonalnie)</translation>
        </message>
        <message>
            <source>Review →</source>
            <translation>Przegląd →</translation>
        </message>
        <message>
            <source>Agreed score: opens once everyone has rated</source>
            <translation>Uzgodniona ocena: dostępna, gdy wszyscy ocenią</translation>
        </message>
        <message>
            <source>Agreed score</source>
            <translation>Uzgodniona ocena</translation>
        </message>
        <message>
            <source>The answers are locked.</source>
            <translation>Odpowiedzi są zablokowane.</translation>
        </message>
        <message>
            <source>1–4 rate</source>
            <translation>1–4 ocena</translation>
        </message>
        <message>
            <source>D don't know</source>
            <translation>D nie wiem</translation>
        </message>
        <message>
            <source>← → person</source>
            <translation>← → osoba</translation>
        </message>
        <message>
            <source>R reveal</source>
            <translation>R pokaż</translation>
        </message>
        <message>
            <source>Ctrl+Enter next</source>
            <translation>Ctrl+Enter dalej</translation>
        </message>
        <message>
            <source>Enter next</source>
            <translation>Enter dalej</translation>
        </message>
        <message>
            <source>Ctrl+Enter next from the note</source>
            <translation>Ctrl+Enter dalej z notatki</translation>
        </message>
        <message>
            <source>Backspace back</source>
            <translation>Backspace wstecz</translation>
        </message>
        <message>
            <source>F1 help</source>
            <translation>F1 pomoc</translation>
        </message>
        <message>
            <source>This statement needs an answer. If nobody knows, choose "Don't know" (D).</source>
            <translation>To stwierdzenie wymaga odpowiedzi. Jeśli nikt nie wie, wybierz „Nie wiem” (D).</translation>
        </message>
        <message>
            <source>group of {count}</source>
            <translation>grupa, osób: {count}</translation>
        </message>
        <message>
            <source>Session language: {language}</source>
            <translation>Język spotkania: {language}</translation>
        </message>
        <message>
            <source>Suggested agreed score: none (nobody gave a level).</source>
            <translation>Sugerowana uzgodniona ocena: brak (nikt nie podał poziomu).</translation>
        </message>
        <message>
            <source>Ratings are hidden until everyone has rated: {rated} of {raters} so far.</source>
            <translation>Oceny są ukryte, dopóki wszyscy nie ocenią: na razie {rated} z {raters}.</translation>
        </message>
        <message>
            <source>Keys 1–4 and D now set the group's &lt;b&gt;agreed score&lt;/b&gt;. Click a person to change their rating.</source>
            <translation>Klawisze 1–4 i D ustalają teraz &lt;b&gt;uzgodnioną ocenę&lt;/b&gt; grupy. Kliknij osobę, aby zmienić jej ocenę.</translation>
        </message>
        <message>
            <source>Keys: {keys}</source>
            <translation>Klawisze: {keys}</translation>
        </message>
        <message>
            <source>Something went wrong saving this answer. It is still on screen; try again.</source>
            <translation>Coś poszło nie tak przy zapisie tej odpowiedzi. Wciąż jest na ekranie; spróbuj ponownie.</translation>
        </message>
        <message>
            <source>✓ Saved {time}</source>
            <translation>✓ Zapisano {time}</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>Nie zapisano: {problem}</translation>
        </message>
        <message>
            <source>Phone voting is on. PIN {pin}.</source>
            <translation>Głosowanie przez telefon jest włączone. PIN {pin}.</translation>
        </message>
        <message>
            <source>now in {section}, {answered} of {shown} answered</source>
            <translation>teraz: {section}, odpowiedzi: {answered} z {shown}</translation>
        </message>
        <message>
            <source>section {number} of {count}, statement {position} of {shown}</source>
            <translation>część {number} z {count}, stwierdzenie {position} z {shown}</translation>
        </message>
        <message>
            <source>1 choose</source>
            <translation>1 wybór</translation>
        </message>
        <message>
            <source>{section}: {answered} of {shown} answered</source>
            <translation>{section}: odpowiedzi {answered} z {shown}</translation>
        </message>
        <message>
            <source>Suggested agreed score: &lt;b&gt;{level} {name}&lt;/b&gt; (the middle of the ratings). The group decides.</source>
            <translation>Sugerowana uzgodniona ocena: &lt;b&gt;{level} {name}&lt;/b&gt; (środek ocen). Decyduje grupa.</translation>
        </message>
        <message>
            <source>Keys 1–4 and D now rate &lt;b&gt;{person}&lt;/b&gt;. ← → choose another person.</source>
            <translation>Klawisze 1–4 i D oceniają teraz za: &lt;b&gt;{person}&lt;/b&gt;. ← → wybierz inną osobę.</translation>
        </message>
        <message>
            <source>1 tick</source>
            <translation>1 zaznacz</translation>
        </message>
        <message>
            <source>Phone voting could not start: {problem}. Check no other program is using the network port, then try again.</source>
            <translation>Nie udało się uruchomić głosowania przez telefon: {problem}. Sprawdź, czy żaden inny program nie używa portu sieciowego, i spróbuj ponownie.</translation>
        </message>
        <message>
            <source>1–{count} choose</source>
            <translation>1–{count} wybór</translation>
        </message>
        <message>
            <source>1–{count} tick</source>
            <translation>1–{count} zaznacz</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Settings</source>
            <translation>Ustawienia</translation>
        </message>
        <message>
            <source>Who uses this computer</source>
            <translation>Kto używa tego komputera</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Zmień…</translation>
        </message>
        <message>
            <source>Council mode</source>
            <translation>Tryb rady</translation>
        </message>
        <message>
            <source>Use this computer for council work (import bundles, review conflicts, overview)</source>
            <translation>Używaj tego komputera do pracy rady (import paczek, przegląd konfliktów, przegląd ogólny)</translation>
        </message>
        <message>
            <source>keys/council.key in the data folder</source>
            <translation>keys/council.key w folderze danych</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wybierz…</translation>
        </message>
        <message>
            <source>Ward list</source>
            <translation>Lista okręgów</translation>
        </message>
        <message>
            <source>Choose ward file…</source>
            <translation>Wybierz plik okręgów…</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Ten komputer</translation>
        </message>
        <message>
            <source>Device name</source>
            <translation>Nazwa urządzenia</translation>
        </message>
        <message>
            <source>Device id</source>
            <translation>Identyfikator urządzenia</translation>
        </message>
        <message>
            <source>Key fingerprint</source>
            <translation>Odcisk klucza</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Otwórz folder</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Folder danych</translation>
        </message>
        <message>
            <source>On: the Import, Overview and Conflicts pages are in the side bar. Bundles are imported only from devices you trust (Import → Devices).</source>
            <translation>Włączony: strony Import, Przegląd i Konflikty są na pasku bocznym. Paczki są importowane tylko z zaufanych urządzeń (Import → Urządzenia).</translation>
        </message>
        <message>
            <source>Off: this is a field laptop. Turn council mode on for the computer that imports bundles from the laptops; the council pages appear in the side bar at once.</source>
            <translation>Wyłączony: to laptop terenowy. Włącz tryb rady na komputerze, który importuje paczki z laptopów; strony rady od razu pojawią się na pasku bocznym.</translation>
        </message>
        <message>
            <source>Council private key</source>
            <translation>Klucz prywatny rady</translation>
        </message>
        <message>
            <source>Key files (*.key *.pem);;All files (*)</source>
            <translation>Pliki kluczy (*.key *.pem);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Saved. Encrypted bundles are opened with this key from now on.</source>
            <translation>Zapisano. Od teraz zaszyfrowane paczki są otwierane tym kluczem.</translation>
        </message>
        <message>
            <source>Ward file</source>
            <translation>Plik okręgów</translation>
        </message>
        <message>
            <source>Ward files (*.yaml *.yml);;All files (*)</source>
            <translation>Pliki okręgów (*.yaml *.yml);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Private key for encrypted bundles</source>
            <translation>Klucz prywatny do zaszyfrowanych paczek</translation>
        </message>
        <message>
            <source>not made yet</source>
            <translation>jeszcze nie utworzono</translation>
        </message>
        <message>
            <source>Not chosen yet</source>
            <translation>Jeszcze nie wybrano</translation>
        </message>
        <message>
            <source>Council mode is on.</source>
            <translation>Tryb rady jest włączony.</translation>
        </message>
        <message>
            <source>Council mode is off.</source>
            <translation>Tryb rady jest wyłączony.</translation>
        </message>
        <message>
            <source>this computer: {name}</source>
            <translation>ten komputer: {name}</translation>
        </message>
        <message>
            <source>{parts}.</source>
            <translation>{parts}.</translation>
        </message>
        <message>
            <source>In use: {title} ({council}, from {date}), {count} wards.</source>
            <translation>W użyciu: {title} ({council}, od {date}), okręgów: {count}.</translation>
        </message>
        <message>
            <source>Saved: {what}</source>
            <translation>Zapisano: {what}</translation>
        </message>
        <message>
            <source>Saved: {title}, {count} wards. It is used from the next time GAP Field Kit starts.</source>
            <translation>Zapisano: {title}, okręgów: {count}. Będzie używany od następnego uruchomienia GAP Field Kit.</translation>
        </message>
        <message>
            <source>worker: {name}</source>
            <translation>pracownik: {name}</translation>
        </message>
        <message>
            <source>council: {name}</source>
            <translation>rada: {name}</translation>
        </message>
        <message>
            <source>{file} cannot be used: {error}. Choose the council.key file made when the council's keys were created.</source>
            <translation>Nie można użyć pliku {file}: {error}. Wybierz plik council.key utworzony razem z kluczami rady.</translation>
        </message>
    </context>
    <context>
        <name>Setup</name>
        <message>
            <source>A council development worker</source>
            <translation>Pracownik rady ds. rozwoju</translation>
        </message>
        <message>
            <source>A community group assessing itself</source>
            <translation>Grupa społeczna oceniająca samą siebie</translation>
        </message>
        <message>
            <source>Council staff</source>
            <translation>Pracownicy rady</translation>
        </message>
    </context>
    <context>
        <name>Spreadsheet</name>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Skoroszyt Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV, UTF-8 (*.csv)</source>
            <translation>CSV, UTF-8 (*.csv)</translation>
        </message>
        <message>
            <source>Export to spreadsheet</source>
            <translation>Eksport do arkusza</translation>
        </message>
    </context>
    <context>
        <name>StartDialog</name>
        <message>
            <source>The group agreed: answers are kept on this laptop and sent to the council</source>
            <translation>Grupa wyraziła zgodę: odpowiedzi są przechowywane na tym laptopie i przesyłane do rady</translation>
        </message>
        <message>
            <source>Draft translation: to be checked by a native speaker before use</source>
            <translation>Wstępne tłumaczenie: przed użyciem do sprawdzenia przez rodzimego użytkownika języka</translation>
        </message>
        <message>
            <source>Trustee</source>
            <translation>Członek zarządu</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Wolontariusz</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personel</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Członek</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Start an assessment</source>
            <translation>Rozpocznij ocenę</translation>
        </message>
        <message>
            <source>&amp;Facilitated (one agreed answer per statement)</source>
            <translation>&amp;Prowadzona (jedna uzgodniona odpowiedź na stwierdzenie)</translation>
        </message>
        <message>
            <source>&amp;Group (each person rates, then agree)</source>
            <translation>&amp;Grupowa (każdy ocenia, potem uzgadniamy)</translation>
        </message>
        <message>
            <source>For example: St Paul's church hall</source>
            <translation>Na przykład: sala parafialna św. Pawła</translation>
        </message>
        <message>
            <source>Who is running the session</source>
            <translation>Kto prowadzi spotkanie</translation>
        </message>
        <message>
            <source>Participants (labels and roles; no names needed)</source>
            <translation>Uczestnicy (oznaczenia i role; bez nazwisk)</translation>
        </message>
        <message>
            <source>&amp;Add participant</source>
            <translation>&amp;Dodaj uczestnika</translation>
        </message>
        <message>
            <source>The council uses them to plan support; no names are recorded. If the group does not agree, stop here: press Cancel and nothing is saved.</source>
            <translation>Rada wykorzystuje je do planowania wsparcia; nazwiska nie są zapisywane. Jeśli grupa się nie zgadza, zatrzymaj się tutaj: naciśnij Anuluj, a nic nie zostanie zapisane.</translation>
        </message>
        <message>
            <source>&amp;Register it now…</source>
            <translation>&amp;Zarejestruj teraz…</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organizacja</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Ocena</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Tryb</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Język</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>&amp;Miejsce</translation>
        </message>
        <message>
            <source>Fa&amp;cilitator</source>
            <translation>P&amp;rowadzący</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Rozpocznij</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>The verdict will say which conditions of this stage are met.</source>
            <translation>Werdykt wskaże, które warunki tego etapu są spełnione.</translation>
        </message>
        <message>
            <source>No organisations are registered yet. Register one now, then start.</source>
            <translation>Nie ma jeszcze zarejestrowanych organizacji. Zarejestruj jedną teraz, a potem zacznij.</translation>
        </message>
        <message>
            <source>CAT &amp;stage</source>
            <translation>&amp;Etap CAT</translation>
        </message>
        <message>
            <source>Cove&amp;rage</source>
            <translation>&amp;Zakres</translation>
        </message>
        <message>
            <source>Record the group's agreement first</source>
            <translation>Najpierw zapisz zgodę grupy</translation>
        </message>
        <message>
            <source>Choose the organisation first.</source>
            <translation>Najpierw wybierz organizację.</translation>
        </message>
        <message>
            <source>{title}: about {minutes} minutes</source>
            <translation>{title}: około {minutes} minut</translation>
        </message>
        <message>
            <source>Longer than one sitting of {limit} minutes: plan two visits, or start with the key statements.</source>
            <translation>Dłużej niż jedno spotkanie ({limit} minut): zaplanujcie dwie wizyty albo zacznijcie od kluczowych stwierdzeń.</translation>
        </message>
        <message>
            <source>“{name}” is not registered yet. Register it now, then start.</source>
            <translation>„{name}” nie jest jeszcze zarejestrowana. Zarejestruj ją teraz, a potem zacznij.</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>Bundle</source>
            <translation>Paczka</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Zapisano</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Rekordy</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Zawartość</translation>
        </message>
        <message>
            <source>Bundle id</source>
            <translation>Id paczki</translation>
        </message>
        <message>
            <source>Saved as</source>
            <translation>Zapisano jako</translation>
        </message>
        <message>
            <source>everything</source>
            <translation>wszystko</translation>
        </message>
        <message>
            <source>changes</source>
            <translation>zmiany</translation>
        </message>
        <message>
            <source>with drafts</source>
            <translation>z wersjami roboczymi</translation>
        </message>
        <message>
            <source>encrypted</source>
            <translation>zaszyfrowana</translation>
        </message>
        <message>
            <source>Bundles from this computer are not encrypted. They carry contact details, so anyone who finds the USB stick or the email can read them. Choose the council's own council.pub, kept beside council.key: then only a computer with council.key can open them.</source>
            <translation>Paczki z tego komputera nie są szyfrowane. Zawierają dane kontaktowe, więc każdy, kto znajdzie pendrive'a lub e-mail, może je przeczytać. Wybierz własny plik council.pub rady, przechowywany obok council.key: wtedy otworzy je tylko komputer z plikiem council.key.</translation>
        </message>
        <message>
            <source>Bundles are not encrypted. They carry contact details, so anyone who finds the USB stick or the email can read them. Choose the council.pub file from the council: once it is chosen, every bundle is encrypted to it.</source>
            <translation>Paczki nie są szyfrowane. Zawierają dane kontaktowe, więc każdy, kto znajdzie pendrive'a lub e-mail, może je przeczytać. Wybierz plik council.pub otrzymany od rady: od tej chwili każda paczka będzie nim szyfrowana.</translation>
        </message>
        <message>
            <source>Save the bundle in which folder or USB stick?</source>
            <translation>W którym folderze lub na którym pendrivie zapisać paczkę?</translation>
        </message>
        <message>
            <source>Choose the council's public key (council.pub)</source>
            <translation>Wybierz klucz publiczny rady (council.pub)</translation>
        </message>
        <message>
            <source>Council public key (*.pub);;All files (*)</source>
            <translation>Klucz publiczny rady (*.pub);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Save this laptop's device file for the council</source>
            <translation>Zapisz plik urządzenia tego laptopa dla rady</translation>
        </message>
        <message>
            <source>Device file (*.json)</source>
            <translation>Plik urządzenia (*.json)</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronizacja</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>Czeka na wysłanie</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Eksport</translation>
        </message>
        <message>
            <source>Include drafts (assessments not completed yet)</source>
            <translation>Dołącz wersje robocze (oceny jeszcze nieukończone)</translation>
        </message>
        <message>
            <source>Normally only completed assessments are sent; a draft goes once it is completed.</source>
            <translation>Zwykle wysyłane są tylko ukończone oceny; wersja robocza trafi do rady, gdy zostanie ukończona.</translation>
        </message>
        <message>
            <source>Full export (everything, not just the changes)</source>
            <translation>Pełny eksport (wszystko, nie tylko zmiany)</translation>
        </message>
        <message>
            <source>Send every record again, for example if a bundle was lost before the council imported it.</source>
            <translation>Wyślij ponownie wszystkie rekordy, na przykład gdy paczka zginęła, zanim rada ją zaimportowała.</translation>
        </message>
        <message>
            <source>Encrypt to council key…</source>
            <translation>Szyfruj kluczem rady…</translation>
        </message>
        <message>
            <source>Don't encrypt</source>
            <translation>Nie szyfruj</translation>
        </message>
        <message>
            <source>Export bundle…</source>
            <translation>Eksportuj paczkę…</translation>
        </message>
        <message>
            <source>Choose a folder or USB stick and write the bundle there</source>
            <translation>Wybierz folder lub pendrive i zapisz tam paczkę</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Save device file…</source>
            <translation>Zapisz plik urządzenia…</translation>
        </message>
        <message>
            <source>Save the file the council needs to trust this laptop's bundles</source>
            <translation>Zapisz plik, którego rada potrzebuje, by ufać paczkom z tego laptopa</translation>
        </message>
        <message>
            <source>Bundles written from this laptop</source>
            <translation>Paczki zapisane z tego laptopa</translation>
        </message>
        <message>
            <source>No bundles written yet.</source>
            <translation>Nie zapisano jeszcze żadnej paczki.</translation>
        </message>
        <message>
            <source>From the council</source>
            <translation>Od rady</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Liczenie…</translation>
        </message>
        <message>
            <source>Could not count what is waiting.</source>
            <translation>Nie udało się policzyć, co czeka na wysłanie.</translation>
        </message>
        <message>
            <source>It is encrypted to the council key.</source>
            <translation>Jest zaszyfrowana kluczem rady.</translation>
        </message>
        <message>
            <source>It is NOT encrypted: anyone with the file can read the contact details in it. Keep it safe, and choose the council key for the next bundle.</source>
            <translation>NIE jest zaszyfrowana: każdy, kto ma ten plik, może przeczytać zawarte w nim dane kontaktowe. Przechowuj ją bezpiecznie i wybierz klucz rady przed następną paczką.</translation>
        </message>
        <message>
            <source>This is the council's computer: bundles from the laptops come in on the Import page. Here you can export this computer's own changes as a signed bundle, for another council computer or to keep a copy.</source>
            <translation>To jest komputer rady: paczki z laptopów przyjmuje się na stronie Import. Tutaj możesz wyeksportować zmiany z tego komputera jako podpisaną paczkę, dla innego komputera rady albo jako kopię.</translation>
        </message>
        <message>
            <source>Bundles written from this computer</source>
            <translation>Paczki zapisane z tego komputera</translation>
        </message>
        <message>
            <source>Changes made on this laptop go to the council in a bundle file: save it to a USB stick or a shared folder and hand it over. Each bundle is signed by this laptop, so the council knows where it came from.</source>
            <translation>Zmiany wprowadzone na tym laptopie trafiają do rady w pliku paczki: zapisz go na pendrivie lub we wspólnym folderze i przekaż. Każda paczka jest podpisana przez ten laptop, więc rada wie, skąd pochodzi.</translation>
        </message>
        <message>
            <source>Choose the council.pub file from the council: only the council can then open the bundles, so a lost USB stick leaks nothing.</source>
            <translation>Wybierz plik council.pub otrzymany od rady: wtedy tylko rada może otworzyć paczki, więc zgubiony pendrive niczego nie ujawni.</translation>
        </message>
        <message>
            <source>1 draft assessment is held back until completed (tick Include drafts to send it now).</source>
            <translation>Jedna ocena robocza czeka, aż zostanie ukończona (zaznacz „Dołącz wersje robocze”, aby wysłać ją teraz).</translation>
        </message>
        <message>
            <source>Bundle {number} saved as {path} ({count} records, {size} MB).</source>
            <translation>Paczka {number} zapisana jako {path} (rekordy: {count}, {size} MB).</translation>
        </message>
        <message>
            <source>{count} records changed on this computer since its last export.</source>
            <translation>Rekordy zmienione na tym komputerze od ostatniego eksportu: {count}.</translation>
        </message>
        <message>
            <source>There is nothing to send yet.</source>
            <translation>Na razie nie ma nic do wysłania.</translation>
        </message>
        <message>
            <source>Nothing has changed since the last export.</source>
            <translation>Od ostatniego eksportu nic się nie zmieniło.</translation>
        </message>
        <message>
            <source>Device file saved as {path}. Give it to the council and read them the key fingerprint {fingerprint} so they can check it.</source>
            <translation>Plik urządzenia zapisano jako {path}. Przekaż go radzie i odczytaj jej odcisk klucza {fingerprint}, aby mogła go sprawdzić.</translation>
        </message>
        <message>
            <source>Bundle {number} saved</source>
            <translation>Paczka {number} zapisana</translation>
        </message>
        <message>
            <source>Something went wrong while writing the bundle; nothing was saved and your data is unchanged. The details are in the log file. ({detail})</source>
            <translation>Podczas zapisywania paczki coś poszło nie tak; nic nie zapisano, a dane się nie zmieniły. Szczegóły są w pliku dziennika. ({detail})</translation>
        </message>
        <message>
            <source>Choose the council's own council.pub (in {folder}): only a computer with council.key can then open the bundles, so a lost USB stick leaks nothing.</source>
            <translation>Wybierz własny plik council.pub rady (w {folder}): wtedy paczki otworzy tylko komputer z plikiem council.key, więc zgubiony pendrive niczego nie ujawni.</translation>
        </message>
        <message>
            <source>{count} records are waiting to be sent.</source>
            <translation>Rekordy czekające na wysłanie: {count}.</translation>
        </message>
        <message>
            <source>This computer: {name}
Key fingerprint: {fingerprint}
Laptops trust this computer's field packs from its device file.</source>
            <translation>Ten komputer: {name}
Odcisk klucza: {fingerprint}
Laptopy ufają pakietom terenowym z tego komputera dzięki jego plikowi urządzenia.</translation>
        </message>
        <message>
            <source>This laptop: {name}
Key fingerprint: {fingerprint}
The council enrols this laptop from its device file.</source>
            <translation>Ten laptop: {name}
Odcisk klucza: {fingerprint}
Rada rejestruje ten laptop na podstawie jego pliku urządzenia.</translation>
        </message>
        <message>
            <source>Bundles are encrypted to the council key
{fingerprint}</source>
            <translation>Paczki są szyfrowane kluczem rady
{fingerprint}</translation>
        </message>
        <message>
            <source>Bundles will be encrypted to {fingerprint}</source>
            <translation>Paczki będą szyfrowane kluczem {fingerprint}</translation>
        </message>
        <message>
            <source>The folder {folder} is not there any more (is the USB stick plugged in?). Choose the folder again.</source>
            <translation>Folderu {folder} już nie ma (czy pendrive jest podłączony?). Wybierz folder ponownie.</translation>
        </message>
        <message>
            <source>{count} draft assessments are held back until completed (tick Include drafts to send them now).</source>
            <translation>Oceny robocze wstrzymane do czasu ukończenia: {count} (zaznacz „Dołącz wersje robocze”, aby wysłać je teraz).</translation>
        </message>
        <message>
            <source>Could not save the device file as {path}: {reason}. Choose another folder.</source>
            <translation>Nie udało się zapisać pliku urządzenia jako {path}: {reason}. Wybierz inny folder.</translation>
        </message>
    </context>
    <context>
        <name>SyncWords</name>
        <message>
            <source>Organisations</source>
            <translation>Organizacje</translation>
        </message>
        <message>
            <source>Form versions</source>
            <translation>Wersje formularzy</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Oceny</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Uczestnicy</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Odpowiedzi</translation>
        </message>
        <message>
            <source>Action plan items</source>
            <translation>Pozycje planu działań</translation>
        </message>
        <message>
            <source>Action reviews</source>
            <translation>Przeglądy działań</translation>
        </message>
        <message>
            <source>Council resources</source>
            <translation>Zasoby rady</translation>
        </message>
        <message>
            <source>Review notes</source>
            <translation>Uwagi z przeglądu</translation>
        </message>
        <message>
            <source>Audit trail entries</source>
            <translation>Wpisy dziennika zmian</translation>
        </message>
        <message>
            <source>All organisations</source>
            <translation>Wszystkie organizacje</translation>
        </message>
        <message>
            <source>Organisations in some wards</source>
            <translation>Organizacje z wybranych okręgów</translation>
        </message>
        <message>
            <source>Organisations the laptop worked with</source>
            <translation>Organizacje, z którymi pracował laptop</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nic</translation>
        </message>
        <message>
            <source>{label}: {count}</source>
            <translation>{label}: {count}</translation>
        </message>
    </context>
    <context>
        <name>Themes</name>
        <message>
            <source>governance</source>
            <translation>zarządzanie organizacją</translation>
        </message>
        <message>
            <source>legal structure</source>
            <translation>forma prawna</translation>
        </message>
        <message>
            <source>trustee skills</source>
            <translation>umiejętności członków zarządu</translation>
        </message>
        <message>
            <source>trustee recruitment</source>
            <translation>pozyskiwanie członków zarządu</translation>
        </message>
        <message>
            <source>financial management</source>
            <translation>zarządzanie finansami</translation>
        </message>
        <message>
            <source>business planning</source>
            <translation>planowanie działalności</translation>
        </message>
        <message>
            <source>funding</source>
            <translation>finansowanie</translation>
        </message>
        <message>
            <source>capital funding</source>
            <translation>finansowanie inwestycji</translation>
        </message>
        <message>
            <source>volunteering</source>
            <translation>wolontariat</translation>
        </message>
        <message>
            <source>safeguarding</source>
            <translation>ochrona osób narażonych na krzywdę</translation>
        </message>
        <message>
            <source>health and safety</source>
            <translation>bezpieczeństwo i higiena pracy</translation>
        </message>
        <message>
            <source>policies</source>
            <translation>zasady i procedury</translation>
        </message>
        <message>
            <source>data protection</source>
            <translation>ochrona danych osobowych</translation>
        </message>
        <message>
            <source>insurance</source>
            <translation>ubezpieczenia</translation>
        </message>
        <message>
            <source>community consultation</source>
            <translation>konsultacje ze społecznością</translation>
        </message>
        <message>
            <source>promotion</source>
            <translation>promocja</translation>
        </message>
        <message>
            <source>networking</source>
            <translation>nawiązywanie kontaktów</translation>
        </message>
        <message>
            <source>impact measurement</source>
            <translation>pomiar efektów</translation>
        </message>
        <message>
            <source>planning</source>
            <translation>planowanie</translation>
        </message>
        <message>
            <source>property advice</source>
            <translation>doradztwo w sprawie nieruchomości</translation>
        </message>
        <message>
            <source>building compliance</source>
            <translation>zgodność budynku z przepisami</translation>
        </message>
        <message>
            <source>professional advice</source>
            <translation>doradztwo specjalistyczne</translation>
        </message>
        <message>
            <source>legal advice</source>
            <translation>porady prawne</translation>
        </message>
        <message>
            <source>risk management</source>
            <translation>zarządzanie ryzykiem</translation>
        </message>
        <message>
            <source>training</source>
            <translation>szkolenia</translation>
        </message>
        <message>
            <source>capacity building</source>
            <translation>rozwój potencjału</translation>
        </message>
        <message>
            <source>employment advice</source>
            <translation>doradztwo w sprawach zatrudnienia</translation>
        </message>
        <message>
            <source>accessibility</source>
            <translation>dostępność</translation>
        </message>
        <message>
            <source>small group support</source>
            <translation>wsparcie dla małych grup</translation>
        </message>
        <message>
            <source>digital skills</source>
            <translation>umiejętności cyfrowe</translation>
        </message>
        <message>
            <source>commissioning</source>
            <translation>zlecanie usług</translation>
        </message>
    </context>
</TS>
