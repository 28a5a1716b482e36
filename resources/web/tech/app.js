// Ordo — the technician's phone app (issue 18). Plain ES module: no build step, no framework, no
// inline script or style (the server's Content-Security-Policy forbids them).
//
// Offline first: everything the technician does becomes an entry of the outbox (IndexedDB), with an
// idempotency key made here and the time it was done, and shows at once over the last known jobs.
// The outbox is sent in order, one entry at a time, whenever there is a chance (start, `online`,
// after each action, a retry timer with backoff). The server applies a key once; a refusal (409
// conflict, 403…) is kept as "not applied" with the server's message, never dropped; a 401 stops
// the sending until the PIN is entered again. The API is described in TECH_API.md (/tech/api/…).

const API = '/tech/api';

// ---------------------------------------------------------------- words (Spanish complete)

const WORDS = {
    es: {
        appName: 'Ordo — Técnicos',
        otherLanguage: 'English',
        loading: 'Cargando…',
        // pairing
        pairTitle: 'Vincular este teléfono',
        pairIntro: 'La oficina te ha dado un código para usar este teléfono con tus trabajos. Ponle un nombre para reconocerlo.',
        deviceName: 'Nombre de este teléfono',
        pairButton: 'Vincular',
        pairing: 'Vinculando…',
        paired: 'Teléfono vinculado a {name}. Ahora entra con tu PIN.',
        notPairedTitle: 'Este teléfono no está vinculado',
        notPairedText: 'Pide a la oficina el código QR de tu ficha y escanéalo con la cámara de este teléfono.',
        defaultDevice: 'Teléfono {kind}',
        // PIN
        pinTitle: 'Hola, {name}',
        pinTitleAnon: 'Entrar',
        pinIntro: 'Escribe tu PIN para ver tus trabajos.',
        pinAgain: 'Tu sesión ha caducado: escribe tu PIN otra vez. Los cambios pendientes se enviarán después.',
        pin: 'PIN',
        signIn: 'Entrar',
        signingIn: 'Entrando…',
        erase: 'Borrar',
        digit: 'Cifra {d}',
        forget: 'Olvidar este teléfono',
        forgetConfirm: 'Este teléfono dejará de estar vinculado. Para volver a usarlo necesitarás otro código de la oficina. ¿Seguir?',
        forgetPending: 'Hay {n} cambios sin enviar que se perderán.',
        forgetYes: 'Olvidar',
        signOut: 'Salir',
        needNetworkToSignIn: 'Sin conexión: para entrar necesitas conexión.',
        // jobs
        myJobs: 'Mis trabajos',
        refresh: 'Actualizar',
        noJobs: 'No tienes visitas en los próximos 7 días.',
        noJobsCached: 'Todavía no hay trabajos guardados en este teléfono. Conéctate para descargarlos.',
        updatedAt: 'Actualizado: {when}',
        today: 'Hoy',
        tomorrow: 'Mañana',
        call: 'Llamar al {phone}',
        callShort: 'Llamar',
        map: 'Ver en el mapa',
        open: 'Abrir el trabajo',
        back: 'Mis trabajos',
        step: 'Paso: {step}',
        invoiceIssued: 'Factura {number} emitida.',
        // on site
        state_none: 'Sin empezar',
        state_on_my_way: 'En camino desde las {time}',
        state_arrived: 'En el sitio desde las {time}',
        state_paused: 'En pausa desde las {time}',
        state_finished: 'Terminado a las {time}',
        act_on_my_way: 'En camino',
        act_arrived: 'He llegado',
        act_paused: 'Pausa',
        act_resumed: 'Reanudar',
        act_finished: 'Terminado',
        finishConfirm: '¿Has terminado este trabajo? La oficina recibirá el aviso y el trabajo pasará a «Trabajo completado».',
        finishUnsigned: 'Todavía no tiene la firma del cliente.',
        finishYes: 'Sí, terminado',
        cancel: 'Cancelar',
        pending: 'pendiente de enviar',
        // notes
        notes: 'Notas',
        noNotes: 'Sin notas.',
        newNote: 'Nueva nota',
        addNote: 'Añadir nota',
        noteEmpty: 'Escribe la nota antes de añadirla.',
        // lines
        lines: 'Material y mano de obra',
        noLines: 'Nada apuntado todavía.',
        lineDescription: 'Descripción',
        quantity: 'Cantidad',
        unitPrice: 'Precio por unidad (€, sin IVA)',
        vat: 'IVA',
        addLine: 'Añadir línea',
        lineInvalid: 'Escribe una descripción, una cantidad mayor que cero y un precio válido.',
        lineText: '{quantity} × {price} = {amount} + IVA {vat} %',
        totalWithVat: 'Total con IVA: {total}',
        // photos
        photos: 'Fotos',
        noPhotos: 'Sin fotos.',
        takePhoto: 'Hacer o elegir una foto',
        preparingPhoto: 'Preparando la foto…',
        photoFailed: 'No se ha podido leer esa imagen.',
        photoAlt: 'Foto del trabajo',
        // signature
        signature: 'Firma del cliente',
        signerName: 'Nombre de quien firma',
        signHere: 'Firma aquí con el dedo',
        clear: 'Borrar la firma',
        saveSignature: 'Guardar la firma',
        signatureEmpty: 'Falta la firma o el nombre de quien firma.',
        signedBy: 'Firmado por {name}.',
        signedByServer: 'El cliente ya ha firmado.',
        // history
        siteJobs: 'Trabajos anteriores en esta dirección',
        finishedOn: 'terminado el {date}',
        description: 'Descripción',
        // outbox
        offlineBanner: 'Sin conexión — {pending}',
        pendingNone: 'ningún cambio pendiente',
        pendingOne: '1 cambio pendiente',
        pendingMany: '{n} cambios pendientes',
        sendingBanner: 'Enviando: {pending}',
        pinBanner: '{pending}: escribe tu PIN para enviarlos',
        retryBanner: 'No se ha podido enviar ({reason}). {pending}; se reintentará.',
        serverTrouble: 'el servidor no responde bien',
        notApplied: 'No aplicado',
        notAppliedIntro: 'La oficina ha rechazado estos cambios. Habla con la oficina si hace falta.',
        notAppliedOne: '1 cambio no aplicado',
        notAppliedMany: '{n} cambios no aplicados',
        dismiss: 'Entendido, quitar',
        refusedStatus: 'Rechazado por el servidor (error {status}).',
        what_on_my_way: 'En camino',
        what_arrived: 'Llegada',
        what_paused: 'Pausa',
        what_resumed: 'Reanudar',
        what_finished: 'Trabajo terminado',
        what_note: 'Nota',
        what_line: 'Línea',
        what_photo: 'Foto',
        what_signature: 'Firma',
        doneAt: '{what}, hecho a las {time}',
        // assets
        assetTitle: 'Activo n.º {id}',
        assetsHere: 'Activos en esta dirección',
        noAssetsHere: 'No hay activos registrados en esta dirección.',
        ofThisJob: 'de este trabajo',
        openAsset: 'Abrir el activo',
        assetType: 'Tipo',
        assetModel: 'Modelo',
        assetSpecification: 'Medida o especificación',
        assetSerial: 'N.º de serie',
        assetSite: 'Dirección',
        assetCustomer: 'Cliente',
        assetInstalled: 'Instalado el',
        assetWarranty: 'Garantía',
        unknown: 'sin datos',
        warrantyActive: 'En garantía hasta el {date}',
        warrantyEnded: 'Garantía terminada el {date}',
        warrantyNone: 'Sin garantía registrada',
        assetInactive: 'Retirado de la obra (se conserva su historial).',
        assetHistory: 'Historial',
        noHistory: 'Sin historial todavía.',
        history_registered: 'Alta',
        history_order: 'Orden',
        history_visit: 'Visita',
        history_order_note: 'Nota de la orden',
        history_note: 'Nota',
        history_photo: 'Foto',
        assetNote: 'Nota sobre este activo',
        addToHistory: 'Añadir al historial',
        assetPhotoAlt: 'Foto del activo',
        assetLoading: 'Cargando el activo…',
        assetOffline: 'Sin conexión, y este activo no está guardado en el teléfono. Ábrelo otra vez con conexión.',
        assetSaved: 'Guardado en el teléfono: {when}',
        backToJob: 'Volver al trabajo',
        registerAsset: 'Registrar un activo nuevo',
        registerIntro: 'Se registra en esta dirección, a nombre del cliente, y queda unido a este trabajo.',
        typeHint: 'Ventana, persiana, puerta, caldera…',
        installedOn: 'Fecha de instalación (si se sabe)',
        warrantyUntil: 'Fin de la garantía',
        warrantyHint: 'Si se deja vacío y hay fecha de instalación: 3 años desde la instalación.',
        registerButton: 'Registrar el activo',
        typeMissing: 'Escribe el tipo de activo.',
        registered: 'Activo registrado: {name}.',
        what_asset_note: 'Nota de un activo',
        what_asset_photo: 'Foto de un activo',
        what_asset_new: 'Activo nuevo',
        networkError: 'Sin conexión con el servidor.',
        unexpected: 'Respuesta inesperada del servidor (error {status}).',
    },
    en: {
        appName: 'Ordo — Technicians',
        otherLanguage: 'Español',
        loading: 'Loading…',
        pairTitle: 'Pair this phone',
        pairIntro: 'The office gave you a code to use this phone with your jobs. Give it a name you will recognise.',
        deviceName: 'Name of this phone',
        pairButton: 'Pair',
        pairing: 'Pairing…',
        paired: 'Phone paired to {name}. Now sign in with your PIN.',
        notPairedTitle: 'This phone is not paired',
        notPairedText: 'Ask the office for the QR code on your staff page and scan it with this phone’s camera.',
        defaultDevice: '{kind} phone',
        pinTitle: 'Hello, {name}',
        pinTitleAnon: 'Sign in',
        pinIntro: 'Enter your PIN to see your jobs.',
        pinAgain: 'Your session has expired: enter your PIN again. Pending changes will be sent afterwards.',
        pin: 'PIN',
        signIn: 'Sign in',
        signingIn: 'Signing in…',
        erase: 'Delete',
        digit: 'Digit {d}',
        forget: 'Forget this phone',
        forgetConfirm: 'This phone will no longer be paired. To use it again you will need a new code from the office. Continue?',
        forgetPending: 'There are {n} unsent changes that will be lost.',
        forgetYes: 'Forget',
        signOut: 'Sign out',
        needNetworkToSignIn: 'Offline: signing in needs a connection.',
        myJobs: 'My jobs',
        refresh: 'Refresh',
        noJobs: 'You have no visits in the next 7 days.',
        noJobsCached: 'No jobs kept on this phone yet. Connect to download them.',
        updatedAt: 'Updated: {when}',
        today: 'Today',
        tomorrow: 'Tomorrow',
        call: 'Call {phone}',
        callShort: 'Call',
        map: 'Show on the map',
        open: 'Open the job',
        back: 'My jobs',
        step: 'Step: {step}',
        invoiceIssued: 'Invoice {number} issued.',
        state_none: 'Not started',
        state_on_my_way: 'On the way since {time}',
        state_arrived: 'On site since {time}',
        state_paused: 'Paused since {time}',
        state_finished: 'Finished at {time}',
        act_on_my_way: 'On my way',
        act_arrived: 'I have arrived',
        act_paused: 'Pause',
        act_resumed: 'Resume',
        act_finished: 'Finished',
        finishConfirm: 'Have you finished this job? The office will be told and the job will move to “Work completed”.',
        finishUnsigned: 'The customer has not signed yet.',
        finishYes: 'Yes, finished',
        cancel: 'Cancel',
        pending: 'not sent yet',
        notes: 'Notes',
        noNotes: 'No notes.',
        newNote: 'New note',
        addNote: 'Add note',
        noteEmpty: 'Write the note before adding it.',
        lines: 'Materials and labour',
        noLines: 'Nothing noted yet.',
        lineDescription: 'Description',
        quantity: 'Quantity',
        unitPrice: 'Unit price (€, before VAT)',
        vat: 'VAT',
        addLine: 'Add line',
        lineInvalid: 'Enter a description, a quantity above zero and a valid price.',
        lineText: '{quantity} × {price} = {amount} + VAT {vat} %',
        totalWithVat: 'Total with VAT: {total}',
        photos: 'Photos',
        noPhotos: 'No photos.',
        takePhoto: 'Take or choose a photo',
        preparingPhoto: 'Preparing the photo…',
        photoFailed: 'That image could not be read.',
        photoAlt: 'Photo of the job',
        signature: 'Customer’s signature',
        signerName: 'Name of the person signing',
        signHere: 'Sign here with your finger',
        clear: 'Clear the signature',
        saveSignature: 'Save the signature',
        signatureEmpty: 'The signature or the signer’s name is missing.',
        signedBy: 'Signed by {name}.',
        signedByServer: 'The customer has signed.',
        siteJobs: 'Earlier jobs at this address',
        finishedOn: 'finished on {date}',
        description: 'Description',
        offlineBanner: 'Offline — {pending}',
        pendingNone: 'no pending changes',
        pendingOne: '1 pending change',
        pendingMany: '{n} pending changes',
        sendingBanner: 'Sending: {pending}',
        pinBanner: '{pending}: enter your PIN to send them',
        retryBanner: 'Could not send ({reason}). {pending}; will retry.',
        serverTrouble: 'the server is not answering properly',
        notApplied: 'Not applied',
        notAppliedIntro: 'The office refused these changes. Talk to the office if needed.',
        notAppliedOne: '1 change not applied',
        notAppliedMany: '{n} changes not applied',
        dismiss: 'Understood, remove',
        refusedStatus: 'Refused by the server (error {status}).',
        what_on_my_way: 'On my way',
        what_arrived: 'Arrival',
        what_paused: 'Pause',
        what_resumed: 'Resume',
        what_finished: 'Job finished',
        what_note: 'Note',
        what_line: 'Line',
        what_photo: 'Photo',
        what_signature: 'Signature',
        doneAt: '{what}, done at {time}',
        assetTitle: 'Asset no. {id}',
        assetsHere: 'Assets at this address',
        noAssetsHere: 'No assets registered at this address.',
        ofThisJob: 'of this job',
        openAsset: 'Open the asset',
        assetType: 'Type',
        assetModel: 'Model',
        assetSpecification: 'Size or specification',
        assetSerial: 'Serial number',
        assetSite: 'Address',
        assetCustomer: 'Customer',
        assetInstalled: 'Installed on',
        assetWarranty: 'Warranty',
        unknown: 'not known',
        warrantyActive: 'Under warranty until {date}',
        warrantyEnded: 'Warranty ended on {date}',
        warrantyNone: 'No warranty recorded',
        assetInactive: 'Removed from the site (its history is kept).',
        assetHistory: 'History',
        noHistory: 'No history yet.',
        history_registered: 'Registered',
        history_order: 'Order',
        history_visit: 'Visit',
        history_order_note: 'Order note',
        history_note: 'Note',
        history_photo: 'Photo',
        assetNote: 'Note about this asset',
        addToHistory: 'Add to the history',
        assetPhotoAlt: 'Photo of the asset',
        assetLoading: 'Loading the asset…',
        assetOffline: 'Offline, and this asset is not kept on this phone. Open it again with a connection.',
        assetSaved: 'Kept on this phone: {when}',
        backToJob: 'Back to the job',
        registerAsset: 'Register a new asset',
        registerIntro: 'It is registered at this address, in the customer’s name, and linked to this job.',
        typeHint: 'Window, blind, door, boiler…',
        installedOn: 'Installation date (if known)',
        warrantyUntil: 'Warranty ends',
        warrantyHint: 'Left empty with an installation date: 3 years from the installation.',
        registerButton: 'Register the asset',
        typeMissing: 'Enter the type of asset.',
        registered: 'Asset registered: {name}.',
        what_asset_note: 'Asset note',
        what_asset_photo: 'Asset photo',
        what_asset_new: 'New asset',
        networkError: 'No connection to the server.',
        unexpected: 'Unexpected answer from the server (error {status}).',
    },
};

let lang = pickLanguage();

function pickLanguage() {
    const saved = localStorage.getItem('ordo-tech-lang');
    if (saved === 'es' || saved === 'en')
        return saved;
    return (navigator.language || 'es').toLowerCase().startsWith('en') ? 'en' : 'es';
}

function t(key, vars = {}) {
    const text = WORDS[lang][key] ?? WORDS.es[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
}

function pendingText(n) {
    return n === 0 ? t('pendingNone') : n === 1 ? t('pendingOne') : t('pendingMany', { n });
}

const locale = () => (lang === 'es' ? 'es-ES' : 'en-GB');
const fmtTime = (secs) => new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit' }).format(new Date(secs * 1000));
const fmtDay = (secs) => new Intl.DateTimeFormat(locale(), { weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(secs * 1000));
const fmtDate = (secs) => new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(secs * 1000));
const fmtMoney = (cents) => new Intl.NumberFormat(locale(), { style: 'currency', currency: 'EUR' }).format(cents / 100);
const fmtNumber = (n) => new Intl.NumberFormat(locale(), { maximumFractionDigits: 3 }).format(n);
const nowSecs = () => Math.floor(Date.now() / 1000);
// "2026-11-24" (a day, no time zone) in words; midday keeps it the same day everywhere.
const fmtIsoDate = (iso) => new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(`${iso}T12:00:00`));
const todayIso = () => dayKey(nowSecs());

function dayKey(secs) {
    const d = new Date(secs * 1000);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function dayLabel(secs) {
    const today = dayKey(nowSecs());
    const tomorrow = dayKey(nowSecs() + 86400);
    const key = dayKey(secs);
    const day = fmtDay(secs);
    const label = key === today ? `${t('today')} · ${day}` : key === tomorrow ? `${t('tomorrow')} · ${day}` : day;
    return label.charAt(0).toUpperCase() + label.slice(1);
}

// ---------------------------------------------------------------- IndexedDB

let dbPromise = null;

function openDb() {
    if (!dbPromise) {
        dbPromise = new Promise((resolve, reject) => {
            const request = indexedDB.open('ordo-tech', 1);
            request.onupgradeneeded = () => {
                const db = request.result;
                db.createObjectStore('kv');
                db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
            };
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
        });
    }
    return dbPromise;
}

async function inStore(name, mode, work) {
    const db = await openDb();
    return new Promise((resolve, reject) => {
        const transaction = db.transaction(name, mode);
        const request = work(transaction.objectStore(name));
        let result;
        if (request)
            request.onsuccess = () => { result = request.result; };
        transaction.oncomplete = () => resolve(result);
        transaction.onerror = () => reject(transaction.error);
        transaction.onabort = () => reject(transaction.error);
    });
}

const kv = {
    get: (key) => inStore('kv', 'readonly', (s) => s.get(key)),
    set: (key, value) => inStore('kv', 'readwrite', (s) => s.put(value, key)),
    remove: (key) => inStore('kv', 'readwrite', (s) => s.delete(key)),
    // The assets' pages kept for offline use ("asset:12"), forgotten with the phone or its person.
    removeAssets: () => inStore('kv', 'readwrite', (s) => s.delete(IDBKeyRange.bound('asset:', 'asset:\uffff'))),
};

const box = {
    all: () => inStore('outbox', 'readonly', (s) => s.getAll()),
    add: (entry) => inStore('outbox', 'readwrite', (s) => s.add(entry)),
    put: (entry) => inStore('outbox', 'readwrite', (s) => s.put(entry)),
    remove: (seq) => inStore('outbox', 'readwrite', (s) => s.delete(seq)),
    clear: () => inStore('outbox', 'readwrite', (s) => s.clear()),
};

// ---------------------------------------------------------------- state

const state = {
    deviceToken: null,
    staff: null,
    session: null,
    expiresAt: 0,
    jobs: [],
    jobsAt: 0,
    outbox: [],            // pending and refused entries, in the order they were done
    needPin: false,        // a 401: nothing is sent until the PIN is entered again
    sessionExpired: false,
    unreachable: false,    // the last request failed for want of a network
    trouble: '',           // the last reason the sending stopped (429, 5xx)
    notice: '',            // a one-time message for the next screen (paired…)
    signers: {},           // appointmentId → the name of who signed on this phone (the API says only "signed")
    assets: {},            // asset id → its page as the server last sent it, with savedAt (kept in kv as "asset:ID")
};

const pendingEntries = () => state.outbox.filter((e) => e.state === 'pending');
const refusedEntries = () => state.outbox.filter((e) => e.state === 'refused');
const isOffline = () => !navigator.onLine || state.unreachable;

async function loadState() {
    const [deviceToken, staff, session, expiresAt, jobs, jobsAt, outbox] = await Promise.all([
        kv.get('deviceToken'), kv.get('staff'), kv.get('session'), kv.get('expiresAt'), kv.get('jobs'), kv.get('jobsAt'), box.all(),
    ]);
    state.signers = (await kv.get('signers')) || {};
    Object.assign(state, { deviceToken: deviceToken || null, staff: staff || null, session: session || null, expiresAt: expiresAt || 0,
                           jobs: jobs || [], jobsAt: jobsAt || 0, outbox: outbox || [] });
    if (state.session && state.expiresAt && state.expiresAt <= nowSecs()) {
        state.session = null;
        state.sessionExpired = true;
    }
}

async function refreshOutbox() {
    state.outbox = await box.all();
}

// ---------------------------------------------------------------- the API

function makeKey() {
    if (crypto.randomUUID)
        return crypto.randomUUID();
    // Plain http on a local network is not a secure context: no randomUUID there.
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

class NetworkError extends Error {}

// { status, data } for any HTTP answer; throws NetworkError when there is none.
async function api(method, path, body, { auth = true } = {}) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined)
        headers['Content-Type'] = 'application/json';
    if (auth && state.session)
        headers.Authorization = `Bearer ${state.session}`;
    const url = `${API}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
    let response;
    try {
        response = await fetch(url, { method, headers, cache: 'no-store', credentials: 'same-origin',
                                      body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (error) {
        state.unreachable = true;
        throw new NetworkError(t('networkError'));
    }
    state.unreachable = false;
    let data = null;
    try {
        data = await response.json();
    } catch {
        data = null;
    }
    return { status: response.status, data };
}

async function sessionLost() {
    state.session = null;
    state.needPin = true;
    state.sessionExpired = true;
    await kv.remove('session');
    show();
}

async function saveJobs(jobs) {
    state.jobs = jobs;
    state.jobsAt = nowSecs();
    await kv.set('jobs', jobs);
    await kv.set('jobsAt', state.jobsAt);
}

async function putJob(job) {
    if (!job || !job.appointmentId)
        return;
    const i = state.jobs.findIndex((j) => j.appointmentId === job.appointmentId);
    const jobs = state.jobs.slice();
    if (i >= 0)
        jobs[i] = job;
    else
        jobs.push(job);
    jobs.sort((a, b) => a.startsAt - b.startsAt);
    state.jobs = jobs;
    await kv.set('jobs', jobs);
}

async function putAsset(asset) {
    if (!asset || !asset.id)
        return;
    const kept = { ...asset, savedAt: nowSecs() };
    state.assets = { ...state.assets, [asset.id]: kept };
    await kv.set(`asset:${asset.id}`, kept);
}

// The asset's page from the server (kept for offline use); { status } of the answer, 0 offline.
async function loadAsset(id) {
    if (!state.assets[id]) {
        const kept = await kv.get(`asset:${id}`);
        if (kept)
            state.assets = { ...state.assets, [id]: kept };
    }
    if (!state.session)
        return { status: 0 };
    try {
        const r = await api('GET', `/assets/${id}`);
        if (r.status === 200 && r.data && r.data.asset)
            await putAsset(r.data.asset);
        else if (r.status === 401)
            await sessionLost();
        else if (r.status === 403 || r.status === 404) {
            // Not (or no longer) to be seen from this phone.
            const assets = { ...state.assets };
            delete assets[id];
            state.assets = assets;
            await kv.remove(`asset:${id}`);
        }
        return { status: r.status, error: r.data && r.data.error };
    } catch (error) {
        if (!(error instanceof NetworkError))
            console.warn(error);
        return { status: 0 };
    }
}

let loadingJobs = null;
function loadJobs() {
    if (!state.session || loadingJobs)
        return loadingJobs;
    loadingJobs = (async () => {
        try {
            const r = await api('GET', '/jobs?days=7');
            if (r.status === 200 && r.data && Array.isArray(r.data.jobs)) {
                if (r.data.staff)
                    await setStaff(r.data.staff);
                await saveJobs(r.data.jobs);
            } else if (r.status === 401) {
                await sessionLost();
            }
        } catch (error) {
            if (!(error instanceof NetworkError))
                console.warn(error);
        } finally {
            loadingJobs = null;
            update();
        }
    })();
    return loadingJobs;
}

async function setStaff(staff) {
    state.staff = staff;
    await kv.set('staff', staff);
}

// ---------------------------------------------------------------- the outbox

// Keeps an action and shows it at once; sends it (and anything before it) as soon as possible.
async function act(appointmentId, type, payload = {}, asset = null) {
    // Which job or asset, in words, in case it leaves the list before a refusal has to be shown.
    const job = state.jobs.find((j) => j.appointmentId === appointmentId);
    const about = asset ? { asset: asset.name, customer: asset.customer }
        : job ? { customer: job.customer, orderNumber: job.orderNumber } : null;
    const entry = { key: makeKey(), appointmentId, type, at: nowSecs(), payload, state: 'pending', about };
    await box.add(entry);
    await refreshOutbox();
    update();
    flush();
}

let flushing = null;
let retryTimer = null;
let backoff = 0;

function flush() {
    if (flushing)
        return flushing;
    // One sender at a time, also across tabs of the app.
    const run = navigator.locks ? navigator.locks.request('ordo-tech-outbox', sendAll) : sendAll();
    flushing = run.catch((error) => console.warn(error)).finally(() => { flushing = null; });
    return flushing;
}

function scheduleRetry() {
    clearTimeout(retryTimer);
    const delay = Math.min(60000, 2000 * 2 ** backoff);
    backoff = Math.min(backoff + 1, 10);
    retryTimer = setTimeout(flush, delay);
}

async function sendAll() {
    for (;;) {
        await refreshOutbox();   // another tab may have sent some
        const next = pendingEntries()[0];
        if (!next) {
            backoff = 0;
            state.trouble = '';
            update();
            return;
        }
        if (!state.session || state.needPin) {
            update();
            return;
        }
        let r;
        try {
            r = await api('POST', '/actions', { key: next.key, appointmentId: next.appointmentId, type: next.type, at: next.at, payload: next.payload });
        } catch (error) {
            if (!(error instanceof NetworkError))
                throw error;
            update();
            scheduleRetry();
            return;
        }
        if (r.status === 200) {
            // Applied now, or already before (duplicate: true): sent either way.
            await putJob(r.data && r.data.job);
            await putAsset(r.data && r.data.asset);
            await box.remove(next.seq);
            backoff = 0;
            state.trouble = '';
        } else if (r.status === 401) {
            await sessionLost();
            return;
        } else if (r.status === 429 || r.status >= 500 || r.status === 408) {
            state.trouble = (r.data && r.data.error) || t('serverTrouble');
            update();
            scheduleRetry();
            return;
        } else {
            // Refused (409 conflict with the office, 403 not this technician's job, 400…): kept and
            // shown with the server's words until the technician has read it.
            await putJob(r.data && r.data.job);
            next.state = 'refused';
            next.status = r.status;
            next.code = (r.data && r.data.code) || '';
            next.error = (r.data && r.data.error) || t('refusedStatus', { status: r.status });
            next.refusedAt = nowSecs();
            await box.put(next);
        }
        await refreshOutbox();
        update();
    }
}

// The job as the technician sees it: the server's last word plus what is still in the outbox.
function viewJob(job) {
    const v = { ...job, signedBy: job.signed ? job.signedBy || state.signers[job.appointmentId] || '' : '', onSite: { ...(job.onSite || { state: 'none', at: 0 }) }, notes: [...(job.notes || [])], lines: [...(job.lines || [])],
                photos: [...(job.photos || [])], siteJobs: job.siteJobs || [], assets: [...(job.assets || [])] };
    for (const e of pendingEntries()) {
        if (e.appointmentId !== job.appointmentId)
            continue;
        switch (e.type) {
        case 'on_my_way': case 'arrived': case 'paused': case 'finished':
            v.onSite = { state: e.type, at: e.at, pending: true };
            break;
        case 'resumed':
            v.onSite = { state: 'arrived', at: e.at, pending: true };
            break;
        case 'note':
            v.notes.push({ at: e.at, by: state.staff ? state.staff.name : '', text: e.payload.text, pending: true });
            break;
        case 'line':
            v.lines.push({ ...e.payload, pending: true });
            break;
        case 'photo':
            v.photos.push({ dataUrl: `data:${e.payload.mime};base64,${e.payload.data}`, pending: true });
            break;
        case 'signature':
            v.signed = true;
            v.signedBy = e.payload.name;
            v.signaturePending = true;
            break;
        case 'asset_new':
            v.assets.push({ ...e.payload, name: [e.payload.type, e.payload.model].filter(Boolean).join(' '), ofThisJob: true, pending: true });
            break;
        default:
            break;
        }
    }
    return v;
}

// ---------------------------------------------------------------- DOM helpers

function h(tag, props, ...children) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(props || {})) {
        if (value === undefined || value === null || value === false)
            continue;
        if (name === 'class')
            el.className = value;
        else if (name === 'text')
            el.textContent = value;
        else if (name.startsWith('on') && typeof value === 'function')
            el.addEventListener(name.slice(2), value);
        else
            el.setAttribute(name, value === true ? '' : value);
    }
    for (const child of children.flat(Infinity)) {
        if (child !== null && child !== undefined && child !== false)
            el.append(child instanceof Node ? child : String(child));
    }
    return el;
}

const root = () => document.getElementById('app');

function ask(message, yesLabel) {
    const dialog = document.getElementById('confirm');
    document.getElementById('confirm-text').textContent = message;
    document.getElementById('confirm-yes').textContent = yesLabel;
    document.getElementById('confirm-no').textContent = t('cancel');
    return new Promise((resolve) => {
        dialog.addEventListener('close', () => resolve(dialog.returnValue === 'yes'), { once: true });
        dialog.returnValue = '';
        dialog.showModal();
        document.getElementById('confirm-no').focus();
    });
}

function message(el, text, kind = 'error') {
    el.textContent = text;
    el.className = `message ${kind}`;
    el.hidden = !text;
}

// ---------------------------------------------------------------- screens

let screen = null;   // { key, refresh() }

function route() {
    const hash = location.hash.replace(/^#/, '');
    const params = new URLSearchParams(hash);
    if (params.has('pair'))
        return { name: 'pair', code: params.get('pair') };
    // An asset (a label's QR code, or from a job: then back to that job, and its actions are of that visit).
    if (params.has('asset'))
        return { name: 'asset', id: Number(params.get('asset')) || 0, job: Number(params.get('job')) || 0 };
    if (params.has('job'))
        return { name: 'job', id: Number(params.get('job')) };
    return { name: 'list' };
}

function show() {
    const r = route();
    let key;
    if (r.name === 'pair')
        key = 'pair';
    else if (!state.deviceToken)
        key = 'unpaired';
    else if (!state.session || state.needPin)
        key = 'pin';
    else if (r.name === 'job')
        key = `job:${r.id}`;
    else if (r.name === 'asset')
        key = `asset:${r.id}:${r.job}`;
    else
        key = 'list';
    if (screen && screen.key === key) {
        update();
        return;
    }
    const el = root();
    el.replaceChildren();
    const builders = { pair: pairScreen, unpaired: unpairedScreen, pin: pinScreen, list: listScreen };
    screen = (builders[key] || (r.name === 'asset' ? ((e) => assetScreen(e, r.id, r.job)) : ((e) => jobScreen(e, r.id))))(el);
    screen.key = key;
    update();
    const heading = el.querySelector('h1');
    if (heading) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
    }
    window.scrollTo(0, 0);
}

function update() {
    document.documentElement.lang = lang;
    document.title = t('appName');
    const langButton = document.getElementById('lang');
    langButton.textContent = t('otherLanguage');
    langButton.lang = lang === 'es' ? 'en' : 'es';
    document.getElementById('who').textContent = state.staff && state.deviceToken ? state.staff.name : '';
    updateBanner();
    if (screen && screen.refresh)
        screen.refresh();
}

function updateBanner() {
    const banner = document.getElementById('banner');
    const n = pendingEntries().length;
    const refused = refusedEntries().length;
    let text = '';
    let kind = 'info';
    if (isOffline()) {
        text = t('offlineBanner', { pending: pendingText(n) });
        kind = 'offline';
    } else if (n > 0 && (!state.session || state.needPin)) {
        text = t('pinBanner', { pending: pendingText(n) });
        kind = 'offline';
    } else if (n > 0 && state.trouble) {
        text = t('retryBanner', { reason: state.trouble, pending: pendingText(n) });
        kind = 'offline';
    } else if (n > 0) {
        text = t('sendingBanner', { pending: pendingText(n) });
    }
    // Refused changes are listed on the jobs page and on their job's page; elsewhere the banner says so.
    const jobsShown = screen && screen.showsRefused;
    if (refused > 0 && jobsShown && !screen.showsRefused()) {
        const words = refused === 1 ? t('notAppliedOne') : t('notAppliedMany', { n: refused });
        text = text ? `${text} · ${words}` : words;
        kind = 'offline';
    }
    if (banner.textContent !== text)
        banner.textContent = text;
    banner.className = `banner ${kind}`;
    banner.hidden = !text;
    banner.dataset.pending = String(n);
}

function unpairedScreen(el) {
    el.append(h('section', { class: 'card center' },
        h('h1', { text: t('notPairedTitle') }),
        h('p', { text: t('notPairedText') })));
    return {};
}

function defaultDeviceName() {
    const ua = navigator.userAgent;
    const kind = /iPhone/.test(ua) ? 'iPhone' : /iPad/.test(ua) ? 'iPad' : /Android/.test(ua) ? 'Android' : '';
    return kind ? t('defaultDevice', { kind }) : (lang === 'es' ? 'Mi teléfono' : 'My phone');
}

function pairScreen(el) {
    const code = route().code || '';
    const error = h('p', { class: 'message error', role: 'alert', hidden: true });
    const name = h('input', { id: 'device-name', name: 'device', type: 'text', maxlength: '80', autocomplete: 'off', required: true });
    name.value = defaultDeviceName();
    const button = h('button', { type: 'submit', class: 'primary big', text: t('pairButton') });
    const form = h('form', { class: 'card', onsubmit: async (event) => {
        event.preventDefault();
        message(error, '');
        button.disabled = true;
        button.textContent = t('pairing');
        try {
            const r = await api('POST', '/pair', { code, device: name.value.trim() || defaultDeviceName() }, { auth: false });
            if (r.status === 200 && r.data && r.data.deviceToken) {
                state.deviceToken = r.data.deviceToken;
                await kv.set('deviceToken', state.deviceToken);
                if (state.staff && r.data.staff && state.staff.id !== r.data.staff.id) {
                    // Another person's phone now: their jobs are not to be shown.
                    await saveJobs([]);
                    await kv.removeAssets();
                    state.assets = {};
                }
                await setStaff(r.data.staff);
                state.session = null;
                state.needPin = false;
                state.sessionExpired = false;
                await kv.remove('session');
                state.notice = t('paired', { name: r.data.staff ? r.data.staff.name : '' });
                history.replaceState(null, '', '/tech/');
                show();
                return;
            }
            message(error, (r.data && r.data.error) || t('unexpected', { status: r.status }));
        } catch (e) {
            message(error, e.message);
        }
        button.disabled = false;
        button.textContent = t('pairButton');
    } },
    h('h1', { text: t('pairTitle') }),
    h('p', { text: t('pairIntro') }),
    h('label', { for: 'device-name', text: t('deviceName') }),
    name,
    error,
    button);
    el.append(form);
    return {};
}

function pinScreen(el) {
    const notice = h('p', { class: 'message ok', role: 'status', hidden: true });
    if (state.notice)
        message(notice, state.notice, 'ok');
    else if (state.sessionExpired)
        message(notice, t('pinAgain'), 'info');
    state.notice = '';
    const error = h('p', { class: 'message error', role: 'alert', hidden: true });
    const pin = h('input', { id: 'pin', name: 'pin', type: 'password', inputmode: 'numeric', pattern: '[0-9]*', maxlength: '12',
                             autocomplete: 'current-password', required: true, class: 'pin' });
    const submit = h('button', { type: 'submit', class: 'primary big', text: t('signIn') });
    const press = (d) => {
        if (pin.value.length < 12)
            pin.value += d;
    };
    const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => h('button', { type: 'button', class: 'key', 'aria-label': t('digit', { d }), onclick: () => press(d) }, d));
    const pad = h('div', { class: 'keypad' }, keys,
        h('button', { type: 'button', class: 'key small', onclick: () => { pin.value = pin.value.slice(0, -1); } }, t('erase')),
        h('button', { type: 'button', class: 'key', 'aria-label': t('digit', { d: 0 }), onclick: () => press('0') }, '0'),
        submit);
    const form = h('form', { class: 'card', onsubmit: async (event) => {
        event.preventDefault();
        message(error, '');
        if (!pin.value)
            return;
        submit.disabled = true;
        submit.textContent = t('signingIn');
        try {
            const r = await api('POST', '/signin', { deviceToken: state.deviceToken, pin: pin.value }, { auth: false });
            if (r.status === 200 && r.data && r.data.session) {
                state.session = r.data.session;
                state.expiresAt = r.data.expiresAt || 0;
                state.needPin = false;
                state.sessionExpired = false;
                await kv.set('session', state.session);
                await kv.set('expiresAt', state.expiresAt);
                if (r.data.staff)
                    await setStaff(r.data.staff);
                show();
                loadJobs();
                flush();
                return;
            }
            pin.value = '';
            message(error, (r.data && r.data.error) || t('unexpected', { status: r.status }));
        } catch (e) {
            message(error, e instanceof NetworkError ? t('needNetworkToSignIn') : e.message);
        }
        submit.disabled = false;
        submit.textContent = t('signIn');
        pin.focus();
    } },
    h('h1', { text: state.staff ? t('pinTitle', { name: state.staff.name }) : t('pinTitleAnon') }),
    notice,
    h('p', { text: t('pinIntro') }),
    h('label', { for: 'pin', text: t('pin') }),
    pin,
    error,
    pad);
    const forget = h('button', { type: 'button', class: 'link', text: t('forget'), onclick: async () => {
        const n = pendingEntries().length;
        const text = n ? `${t('forgetConfirm')} ${t('forgetPending', { n })}` : t('forgetConfirm');
        if (!(await ask(text, t('forgetYes'))))
            return;
        await Promise.all([kv.remove('deviceToken'), kv.remove('session'), kv.remove('staff'), box.clear(), kv.removeAssets()]);
        state.assets = {};
        await saveJobs([]);
        Object.assign(state, { deviceToken: null, session: null, staff: null, outbox: [], needPin: false });
        show();
    } });
    el.append(form, h('p', { class: 'center' }, forget));
    return {};
}

function refusedList(entries) {
    return h('section', { class: 'card refused', 'aria-labelledby': 'refused-title' },
        h('h2', { id: 'refused-title', text: t('notApplied') }),
        h('p', { text: t('notAppliedIntro') }),
        h('ul', { class: 'plain' }, entries.map((e) => {
            const job = (e.about && e.about.asset) ? null : state.jobs.find((j) => j.appointmentId === e.appointmentId) || e.about;
            const about = e.about && e.about.asset ? `${e.about.asset} · ${e.about.customer}` : job ? `${job.customer} (${job.orderNumber})` : '';
            return h('li', { class: 'refused-item' },
                h('strong', { text: t('doneAt', { what: t(`what_${e.type}`), time: fmtTime(e.at) }) }),
                about ? h('span', { class: 'muted', text: ` · ${about}` }) : null,
                h('p', { class: 'server-message', text: e.error }),
                h('button', { type: 'button', class: 'secondary', text: t('dismiss'), onclick: async () => {
                    await box.remove(e.seq);
                    await refreshOutbox();
                    update();
                } }));
        })));
}

function listScreen(el) {
    const body = h('div');
    const updated = h('p', { class: 'muted small' });
    const refresh = h('button', { type: 'button', class: 'secondary', text: t('refresh'), onclick: () => loadJobs() });
    const signOut = h('button', { type: 'button', class: 'secondary', text: t('signOut'), onclick: async () => {
        try {
            await api('POST', '/signout', {});
        } catch {
            // offline: the session is forgotten here anyway
        }
        state.session = null;
        state.sessionExpired = false;
        await kv.remove('session');
        show();
    } });
    el.append(h('div', { class: 'title-row' }, h('h1', { text: t('myJobs') }), refresh, signOut), updated, body);
    return {
        showsRefused: () => true,
        refresh() {
            updated.textContent = state.jobsAt ? t('updatedAt', { when: `${fmtDay(state.jobsAt)} ${fmtTime(state.jobsAt)}` }) : '';
            const parts = [];
            const refused = refusedEntries();
            if (refused.length)
                parts.push(refusedList(refused));
            if (!state.jobs.length)
                parts.push(h('p', { class: 'card center', text: state.jobsAt ? t('noJobs') : t('noJobsCached') }));
            let day = '';
            let group = null;
            for (const job of state.jobs) {
                const v = viewJob(job);
                const key = dayKey(v.startsAt);
                if (key !== day) {
                    day = key;
                    group = h('ul', { class: 'plain jobs' });
                    parts.push(h('h2', { class: 'day', text: dayLabel(v.startsAt) }), group);
                }
                group.append(jobCard(v));
            }
            body.replaceChildren(...parts);
        },
    };
}

function address(v) {
    return [v.address, [v.postcode, v.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

function stateLine(v) {
    const s = v.onSite && v.onSite.state ? v.onSite.state : 'none';
    return h('span', { class: `state state-${s}` }, t(`state_${s}`, { time: v.onSite && v.onSite.at ? fmtTime(v.onSite.at) : '' }),
        v.onSite && v.onSite.pending ? h('span', { class: 'pending-tag', text: ` · ${t('pending')}` }) : null);
}

function contactButtons(v) {
    return h('div', { class: 'contact' },
        v.phone ? h('a', { class: 'button secondary two-lines', href: `tel:${v.phone.replace(/[^0-9+]/g, '')}`, 'aria-label': t('call', { phone: v.phone }) },
            h('span', { text: t('callShort') }), h('span', { class: 'nowrap small', text: v.phone })) : null,
        /^https?:\/\//i.test(v.mapUrl || '') ? h('a', { class: 'button secondary', href: v.mapUrl, target: '_blank', rel: 'noopener noreferrer', text: t('map') }) : null);
}

function jobCard(v) {
    return h('li', { class: 'card job' },
        h('a', { class: 'job-open', href: `#job=${v.appointmentId}`, 'aria-label': `${t('open')}: ${fmtTime(v.startsAt)} ${v.customer}` },
            h('span', { class: 'time', text: `${fmtTime(v.startsAt)}–${fmtTime(v.endsAt)}` }),
            h('span', { class: 'kind', text: v.kindName || '' }),
            h('strong', { class: 'customer', text: v.customer }),
            h('span', { class: 'title', text: v.title || '' }),
            h('span', { class: 'addr', text: address(v) }),
            stateLine(v)),
        contactButtons(v));
}

const photoCache = new Map();   // photo id → data: URL (img-src allows data:, and the API wants the bearer)

async function photoData(photo) {
    if (photoCache.has(photo.id))
        return photoCache.get(photo.id);
    const promise = (async () => {
        const response = await fetch(photo.url, { headers: { Authorization: `Bearer ${state.session}` } });
        if (!response.ok)
            throw new Error(String(response.status));
        const blob = await response.blob();
        return new Promise((resolve, reject) => {
            const reader = new FileReader();
            reader.onload = () => resolve(reader.result);
            reader.onerror = () => reject(reader.error);
            reader.readAsDataURL(blob);
        });
    })();
    photoCache.set(photo.id, promise);
    promise.catch(() => photoCache.delete(photo.id));
    return promise;
}

async function resizePhoto(file) {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, 1600 / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    const g = canvas.getContext('2d');
    g.fillStyle = '#fff';   // a transparent PNG would turn black in a JPEG
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    if (bitmap.close)
        bitmap.close();
    let quality = 0.8;
    let url = canvas.toDataURL('image/jpeg', quality);
    while (url.length > 3000000 && quality > 0.3) {
        quality -= 0.15;
        url = canvas.toDataURL('image/jpeg', quality);
    }
    return { mime: 'image/jpeg', data: url.slice(url.indexOf(',') + 1) };
}

function signaturePad() {
    const canvas = h('canvas', { class: 'signature', 'aria-label': t('signHere'), role: 'img' });
    let ink = false;
    let last = null;
    const g = () => canvas.getContext('2d');
    const setUp = () => {
        const ratio = window.devicePixelRatio || 1;
        const width = canvas.clientWidth || 320;
        const height = canvas.clientHeight || 180;
        canvas.width = Math.round(width * ratio);
        canvas.height = Math.round(height * ratio);
        const c = g();
        c.setTransform(ratio, 0, 0, ratio, 0, 0);
        c.fillStyle = '#fff';
        c.fillRect(0, 0, width, height);
        c.lineWidth = 2.5;
        c.lineCap = 'round';
        c.lineJoin = 'round';
        c.strokeStyle = '#0b2540';
        ink = false;
    };
    const point = (event) => {
        const rect = canvas.getBoundingClientRect();
        return { x: event.clientX - rect.left, y: event.clientY - rect.top };
    };
    canvas.addEventListener('pointerdown', (event) => {
        event.preventDefault();
        canvas.setPointerCapture(event.pointerId);
        last = point(event);
        const c = g();
        c.beginPath();
        c.arc(last.x, last.y, 1.2, 0, Math.PI * 2);
        c.fillStyle = '#0b2540';
        c.fill();
        ink = true;
    });
    canvas.addEventListener('pointermove', (event) => {
        if (!last)
            return;
        const p = point(event);
        const c = g();
        c.beginPath();
        c.moveTo(last.x, last.y);
        c.lineTo(p.x, p.y);
        c.stroke();
        last = p;
        ink = true;
    });
    const end = () => { last = null; };
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
    requestAnimationFrame(setUp);
    return { canvas, clear: setUp, hasInk: () => ink, png: () => { const u = canvas.toDataURL('image/png'); return u.slice(u.indexOf(',') + 1); } };
}

const NEXT = { none: ['on_my_way', 'arrived'], on_my_way: ['arrived'], arrived: ['paused', 'finished'], paused: ['resumed', 'finished'], finished: [] };

function jobScreen(el, id) {
    const find = () => state.jobs.find((j) => j.appointmentId === id);
    const head = h('div');
    const actions = h('div', { class: 'actions' });
    const refusedBox = h('div');
    const notesList = h('ul', { class: 'plain notes' });
    const linesList = h('ul', { class: 'plain lines' });
    const total = h('p', { class: 'total' });
    const photoGrid = h('div', { class: 'photos' });
    const signatureBox = h('div');
    const siteHistory = h('div');
    const assetList = h('ul', { class: 'plain assets' });

    // notes
    const noteText = h('textarea', { id: 'note-text', rows: '3', maxlength: '2000' });
    const noteError = h('p', { class: 'message error', role: 'alert', hidden: true });
    const noteForm = h('form', { class: 'stack', onsubmit: async (event) => {
        event.preventDefault();
        const text = noteText.value.trim();
        if (!text) {
            message(noteError, t('noteEmpty'));
            return;
        }
        message(noteError, '');
        noteText.value = '';
        await act(id, 'note', { text });
    } }, h('label', { for: 'note-text', text: t('newNote') }), noteText, noteError, h('button', { type: 'submit', class: 'primary', text: t('addNote') }));

    // lines
    const lineDesc = h('input', { id: 'line-description', type: 'text', maxlength: '200', autocomplete: 'off' });
    const lineQty = h('input', { id: 'line-quantity', type: 'text', inputmode: 'decimal', autocomplete: 'off', value: '1' });
    const linePrice = h('input', { id: 'line-price', type: 'text', inputmode: 'decimal', autocomplete: 'off', placeholder: '0,00' });
    const lineVat = h('select', { id: 'line-vat' }, [21, 10, 4, 0].map((p) => h('option', { value: String(p * 100) }, `${p} %`)));
    const lineError = h('p', { class: 'message error', role: 'alert', hidden: true });
    const number = (text) => {
        const clean = text.trim().replace(/\s/g, '');
        const normal = clean.includes(',') ? clean.replace(/\./g, '').replace(',', '.') : clean;
        return /^\d+(\.\d+)?$/.test(normal) ? Number(normal) : NaN;
    };
    const lineForm = h('form', { class: 'stack', onsubmit: async (event) => {
        event.preventDefault();
        const description = lineDesc.value.trim();
        const quantity = number(lineQty.value);
        const price = number(linePrice.value);
        if (!description || !(quantity > 0) || !(price >= 0)) {
            message(lineError, t('lineInvalid'));
            return;
        }
        message(lineError, '');
        lineDesc.value = '';
        lineQty.value = '1';
        linePrice.value = '';
        await act(id, 'line', { description, quantity, unitPriceCents: Math.round(price * 100), vatBp: Number(lineVat.value) });
    } },
    h('label', { for: 'line-description', text: t('lineDescription') }), lineDesc,
    h('div', { class: 'row' },
        h('div', {}, h('label', { for: 'line-quantity', text: t('quantity') }), lineQty),
        h('div', {}, h('label', { for: 'line-vat', text: t('vat') }), lineVat)),
    h('label', { for: 'line-price', text: t('unitPrice') }), linePrice,
    lineError,
    h('button', { type: 'submit', class: 'primary', text: t('addLine') }));

    // photo
    const photoInput = h('input', { id: 'photo', type: 'file', accept: 'image/*', capture: 'environment', class: 'visually-hidden' });
    const photoStatus = h('p', { class: 'message info', role: 'status', hidden: true });
    photoInput.addEventListener('change', async () => {
        const file = photoInput.files && photoInput.files[0];
        photoInput.value = '';
        if (!file)
            return;
        message(photoStatus, t('preparingPhoto'), 'info');
        try {
            const photo = await resizePhoto(file);
            message(photoStatus, '');
            await act(id, 'photo', photo);
        } catch {
            message(photoStatus, t('photoFailed'));
        }
    });

    // signature
    const pad = signaturePad();
    const signer = h('input', { id: 'signer', type: 'text', maxlength: '120', autocomplete: 'off' });
    const signError = h('p', { class: 'message error', role: 'alert', hidden: true });
    const signForm = h('form', { class: 'stack', onsubmit: async (event) => {
        event.preventDefault();
        if (!pad.hasInk() || !signer.value.trim()) {
            message(signError, t('signatureEmpty'));
            return;
        }
        message(signError, '');
        state.signers = { ...state.signers, [id]: signer.value.trim() };
        await kv.set('signers', state.signers);
        await act(id, 'signature', { name: signer.value.trim(), png: pad.png() });
    } },
    h('label', { for: 'signer', text: t('signerName') }), signer,
    h('p', { class: 'muted small', id: 'sign-hint', text: t('signHere') }), pad.canvas,
    signError,
    h('div', { class: 'row' }, h('button', { type: 'button', class: 'secondary', text: t('clear'), onclick: () => pad.clear() }),
        h('button', { type: 'submit', class: 'primary', text: t('saveSignature') })));

    // assets at the site: open one, or register a new one (linked to this job)
    const assetField = (key, label, props = {}) => {
        const input = h('input', { id: `asset-${key}`, type: 'text', maxlength: '200', autocomplete: 'off', ...props });
        return [h('label', { for: `asset-${key}`, text: label }), input];
    };
    const [typeLabel, assetType] = assetField('type', t('assetType'), { placeholder: t('typeHint'), list: 'asset-types' });
    const [modelLabel, assetModel] = assetField('model', t('assetModel'));
    const [specLabel, assetSpec] = assetField('specification', t('assetSpecification'));
    const [serialLabel, assetSerial] = assetField('serial', t('assetSerial'));
    const [installedLabel, assetInstalled] = assetField('installed', t('installedOn'), { type: 'date', max: todayIso() });
    const [warrantyLabel, assetWarranty] = assetField('warranty', t('warrantyUntil'), { type: 'date', 'aria-describedby': 'warranty-hint' });
    const assetError = h('p', { class: 'message error', role: 'alert', hidden: true });
    const assetDone = h('p', { class: 'message ok', role: 'status', hidden: true });
    const types = h('datalist', { id: 'asset-types' },
        (lang === 'es' ? ['Ventana', 'Balconera', 'Puerta', 'Persiana', 'Mosquitera', 'Toldo', 'Mampara', 'Caldera']
            : ['Window', 'Balcony door', 'Door', 'Blind', 'Insect screen', 'Awning', 'Shower screen', 'Boiler']).map((v) => h('option', { value: v })));
    const registerBox = h('details', { class: 'register' }, h('summary', { text: t('registerAsset') }));
    const registerForm = h('form', { class: 'stack', onsubmit: async (event) => {
        event.preventDefault();
        const payload = { type: assetType.value.trim(), model: assetModel.value.trim(), specification: assetSpec.value.trim(),
                          serial: assetSerial.value.trim(), installedOn: assetInstalled.value };
        if (!payload.type) {
            message(assetError, t('typeMissing'));
            assetType.focus();
            return;
        }
        if (assetWarranty.value)
            payload.warrantyUntil = assetWarranty.value;
        message(assetError, '');
        for (const input of [assetType, assetModel, assetSpec, assetSerial, assetWarranty])
            input.value = '';
        registerBox.open = false;
        message(assetDone, t('registered', { name: [payload.type, payload.model].filter(Boolean).join(' ') }), 'ok');
        await act(id, 'asset_new', payload);
    } },
    h('p', { class: 'muted small', text: t('registerIntro') }),
    typeLabel, assetType, types, modelLabel, assetModel, specLabel, assetSpec, serialLabel, assetSerial,
    installedLabel, assetInstalled, warrantyLabel, assetWarranty, h('p', { class: 'muted small', id: 'warranty-hint', text: t('warrantyHint') }),
    assetError,
    h('button', { type: 'submit', class: 'primary', text: t('registerButton') }));
    registerBox.append(registerForm);

    el.append(
        h('a', { class: 'back', href: '#' }, `‹ ${t('back')}`),
        refusedBox,
        head,
        h('section', { class: 'card', 'aria-labelledby': 'onsite-title' }, h('h2', { id: 'onsite-title', class: 'visually-hidden', text: t('act_arrived') }), actions),
        h('section', { class: 'card', 'aria-labelledby': 'notes-title' }, h('h2', { id: 'notes-title', text: t('notes') }), notesList, noteForm),
        h('section', { class: 'card', 'aria-labelledby': 'lines-title' }, h('h2', { id: 'lines-title', text: t('lines') }), linesList, total, lineForm),
        h('section', { class: 'card', 'aria-labelledby': 'photos-title' }, h('h2', { id: 'photos-title', text: t('photos') }), photoGrid,
            photoStatus, photoInput, h('label', { for: 'photo', class: 'button primary' }, t('takePhoto'))),
        h('section', { class: 'card', 'aria-labelledby': 'assets-title' }, h('h2', { id: 'assets-title', text: t('assetsHere') }), assetList,
            assetDone, registerBox),
        h('section', { class: 'card', 'aria-labelledby': 'sign-title' }, h('h2', { id: 'sign-title', text: t('signature') }), signatureBox, signForm),
        siteHistory);

    let signerPrefilled = false;
    return {
        showsRefused: () => refusedEntries().every((e) => e.appointmentId === id),
        refresh() {
            const job = find();
            if (!job) {
                head.replaceChildren(h('h1', { text: t('myJobs') }), h('p', { class: 'card', text: state.jobsAt ? t('noJobs') : t('noJobsCached') }));
                return;
            }
            const v = viewJob(job);
            if (!signerPrefilled) {
                signer.value = v.customer || '';
                // A new asset on an installation is installed today, most likely.
                if (v.kind === 'installation')
                    assetInstalled.value = todayIso();
                signerPrefilled = true;
            }
            head.replaceChildren(h('section', { class: 'card job-head' },
                h('p', { class: 'time', text: `${dayLabel(v.startsAt)} · ${fmtTime(v.startsAt)}–${fmtTime(v.endsAt)}` }),
                h('h1', { text: v.customer }),
                h('p', { class: 'addr', text: address(v) }),
                contactButtons(v),
                h('p', { class: 'kind', text: [v.kindName, v.orderNumber].filter(Boolean).join(' · ') }),
                h('h2', { class: 'job-title', text: v.title || '' }),
                v.description ? h('p', { class: 'description', text: v.description }) : null,
                v.step ? h('p', { class: 'step', text: t('step', { step: v.step }) }) : null,
                v.invoiceNumber ? h('p', { class: 'step invoice', text: t('invoiceIssued', { number: v.invoiceNumber }) }) : null));

            const s = v.onSite.state || 'none';
            actions.replaceChildren(h('p', { class: 'onsite', 'aria-live': 'polite' }, stateLine(v)),
                ...(NEXT[s] || []).map((type) => h('button', { type: 'button', class: `big ${type === 'finished' ? 'finish' : 'primary'}`, 'data-action': type,
                    text: t(`act_${type}`), onclick: async () => {
                        if (type === 'finished') {
                            const text = v.signed ? t('finishConfirm') : `${t('finishConfirm')} ${t('finishUnsigned')}`;
                            if (!(await ask(text, t('finishYes'))))
                                return;
                            // The version the office had when this phone last heard from it, only when nothing of this
                            // phone is still on its way (its own earlier actions would change it).
                            const earlier = pendingEntries().some((e) => e.appointmentId === id);
                            await act(id, 'finished', earlier || !job.orderVersion ? {} : { expectedVersion: job.orderVersion });
                            return;
                        }
                        await act(id, type);
                    } })));

            const refused = refusedEntries().filter((e) => e.appointmentId === id);
            refusedBox.replaceChildren(...(refused.length ? [refusedList(refused)] : []));

            notesList.replaceChildren(...(v.notes.length ? v.notes.map((n) => h('li', { class: n.pending ? 'pending' : '' },
                h('p', { class: 'note-text', text: n.text }),
                h('p', { class: 'muted small', text: [n.by, n.at ? `${fmtDay(n.at)} ${fmtTime(n.at)}` : '', n.pending ? t('pending') : ''].filter(Boolean).join(' · ') })))
                : [h('li', { class: 'muted', text: t('noNotes') })]));

            let sum = 0;
            linesList.replaceChildren(...(v.lines.length ? v.lines.map((l) => {
                const amount = Math.round(l.quantity * l.unitPriceCents);
                sum += Math.round(amount * (1 + (l.vatBp || 0) / 10000));
                return h('li', { class: l.pending ? 'pending' : '' }, h('strong', { class: 'block', text: l.description }),
                    h('span', { class: 'muted small block', text: `${t('lineText', { quantity: fmtNumber(l.quantity), price: fmtMoney(l.unitPriceCents), amount: fmtMoney(amount), vat: fmtNumber((l.vatBp || 0) / 100) })}${l.pending ? ` · ${t('pending')}` : ''}` }));
            }) : [h('li', { class: 'muted', text: t('noLines') })]));
            total.textContent = v.lines.length ? t('totalWithVat', { total: fmtMoney(sum) }) : '';

            photoGrid.replaceChildren(...(v.photos.length ? v.photos.map((p) => {
                const img = h('img', { alt: t('photoAlt'), class: p.pending ? 'pending' : '' });
                if (p.dataUrl)
                    img.src = p.dataUrl;
                else if (p.url)
                    photoData(p).then((url) => { img.src = url; }).catch(() => {});
                return img;
            }) : [h('p', { class: 'muted', text: t('noPhotos') })]));

            assetList.replaceChildren(...(v.assets.length ? v.assets.map((a) => assetItem(a, id))
                : [h('li', { class: 'muted', text: t('noAssetsHere') })]));

            if (v.signed) {
                signatureBox.replaceChildren(h('p', { class: 'message ok' }, v.signedBy ? t('signedBy', { name: v.signedBy }) : t('signedByServer'),
                    v.signaturePending ? ` (${t('pending')})` : ''));
                signForm.hidden = true;
            } else {
                signatureBox.replaceChildren();
                signForm.hidden = false;
            }

            siteHistory.replaceChildren(...(v.siteJobs.length ? [h('section', { class: 'card', 'aria-labelledby': 'site-title' },
                h('h2', { id: 'site-title', text: t('siteJobs') }),
                h('ul', { class: 'plain' }, v.siteJobs.map((s) => h('li', {},
                    h('strong', { text: s.title || s.orderNumber }),
                    h('span', { class: 'muted small', text: ` · ${s.orderNumber}${s.finishedAt ? ` · ${t('finishedOn', { date: fmtDate(s.finishedAt) })}` : ''}` })))))] : []));
        },
    };
}

// ---------------------------------------------------------------- assets

function warrantyOf(a) {
    if (!a.warrantyUntil)
        return { kind: 'none', text: t('warrantyNone') };
    return a.warrantyUntil >= todayIso() ? { kind: 'active', text: t('warrantyActive', { date: fmtIsoDate(a.warrantyUntil) }) }
        : { kind: 'ended', text: t('warrantyEnded', { date: fmtIsoDate(a.warrantyUntil) }) };
}

// One asset in a job's list: opens its page (back to the job), or waits to be sent.
function assetItem(a, jobId) {
    const details = [a.specification ? h('span', { text: a.specification }) : null,
        a.serial ? h('span', { class: 'nowrap', text: `${t('assetSerial')} ${a.serial}` }) : null].filter(Boolean)
        .flatMap((part, i) => (i ? [' · ', part] : [part]));
    const tags = [a.ofThisJob ? t('ofThisJob') : '', a.pending ? t('pending') : ''].filter(Boolean).join(' · ');
    const body = [h('strong', { class: 'block', text: a.name || a.type }),
        details.length ? h('span', { class: 'muted small block' }, details) : null,
        a.pending ? null : h('span', { class: `small block warranty-${warrantyOf(a).kind}`, text: warrantyOf(a).text }),
        tags ? h('span', { class: `small block ${a.pending ? 'pending-tag' : 'tag'}`, text: tags }) : null];
    return h('li', { class: a.pending ? 'pending' : '' }, a.pending ? h('div', { class: 'asset-open' }, body)
        : h('a', { class: 'asset-open', href: `#asset=${a.id}&job=${jobId}`, 'aria-label': `${t('openAsset')}: ${a.name || a.type}` }, body));
}

function assetScreen(el, id, jobId) {
    const status = h('p', { class: 'message info', role: 'status' }, t('assetLoading'));
    const refusedBox = h('div');
    const head = h('div');
    const historyList = h('ul', { class: 'plain history' });
    const content = h('div', { hidden: true });
    let answer = null;   // the last answer of the server: { status, error }

    const noteText = h('textarea', { id: 'asset-note-text', rows: '3', maxlength: '2000' });
    const noteError = h('p', { class: 'message error', role: 'alert', hidden: true });
    const noteForm = h('form', { class: 'stack', onsubmit: async (event) => {
        event.preventDefault();
        const text = noteText.value.trim();
        if (!text) {
            message(noteError, t('noteEmpty'));
            return;
        }
        message(noteError, '');
        noteText.value = '';
        await act(jobId, 'asset_note', { assetId: id, text }, state.assets[id]);
    } }, h('label', { for: 'asset-note-text', text: t('assetNote') }), noteText, noteError,
    h('button', { type: 'submit', class: 'primary', text: t('addNote') }));

    const photoInput = h('input', { id: 'asset-photo', type: 'file', accept: 'image/*', capture: 'environment', class: 'visually-hidden' });
    const photoStatus = h('p', { class: 'message info', role: 'status', hidden: true });
    photoInput.addEventListener('change', async () => {
        const file = photoInput.files && photoInput.files[0];
        photoInput.value = '';
        if (!file)
            return;
        message(photoStatus, t('preparingPhoto'), 'info');
        try {
            const photo = await resizePhoto(file);
            message(photoStatus, '');
            await act(jobId, 'asset_photo', { assetId: id, ...photo }, state.assets[id]);
        } catch {
            message(photoStatus, t('photoFailed'));
        }
    });

    content.append(
        h('section', { class: 'card', 'aria-labelledby': 'asset-add-title' }, h('h2', { id: 'asset-add-title', text: t('addToHistory') }),
            noteForm, photoStatus, photoInput, h('label', { for: 'asset-photo', class: 'button secondary photo-button' }, t('takePhoto'))),
        h('section', { class: 'card', 'aria-labelledby': 'history-title' }, h('h2', { id: 'history-title', text: t('assetHistory') }), historyList));
    el.append(jobId ? h('a', { class: 'back', href: `#job=${jobId}` }, `‹ ${t('backToJob')}`) : h('a', { class: 'back', href: '#' }, `‹ ${t('back')}`),
        refusedBox, head, status, content);
    loadAsset(id).then((r) => { answer = r; update(); });

    const field = (label, value) => [h('dt', { text: label }), h('dd', { class: value ? '' : 'muted', text: value || t('unknown') })];
    return {
        showsRefused: () => refusedEntries().every((e) => e.payload && e.payload.assetId === id),
        refresh() {
            const a = state.assets[id];
            const refused = refusedEntries().filter((e) => e.payload && e.payload.assetId === id);
            refusedBox.replaceChildren(...(refused.length ? [refusedList(refused)] : []));
            if (!a) {
                content.hidden = true;
                if (!head.querySelector('h1.pending-title'))
                    head.replaceChildren(h('h1', { class: 'pending-title', text: t('assetTitle', { id }) }));
                if (!answer)
                    message(status, t('assetLoading'), 'info');
                else if (answer.status === 0)
                    message(status, t('assetOffline'), 'error');
                else
                    message(status, answer.error || t('unexpected', { status: answer.status }), 'error');
                return;
            }
            content.hidden = false;
            if (answer && answer.status === 0 && a.savedAt)
                message(status, t('assetSaved', { when: `${fmtDay(a.savedAt)} ${fmtTime(a.savedAt)}` }), 'info');
            else
                message(status, '');
            const w = warrantyOf(a);
            head.replaceChildren(h('section', { class: 'card asset-head' },
                h('p', { class: 'kind', text: t('assetTitle', { id: a.id }) }),
                h('h1', { text: a.name || a.type }),
                a.active === false ? h('p', { class: 'message info', text: t('assetInactive') }) : null,
                h('p', { class: `warranty warranty-${w.kind}`, text: w.text }),
                h('dl', { class: 'facts' },
                    field(t('assetType'), a.type), field(t('assetModel'), a.model), field(t('assetSpecification'), a.specification),
                    field(t('assetSerial'), a.serial), field(t('assetSite'), a.siteAddress), field(t('assetCustomer'), a.customer),
                    field(t('assetInstalled'), a.installedOn ? fmtIsoDate(a.installedOn) : ''))));

            // What this phone has not sent yet comes first (newest first), then the server's history.
            const mine = pendingEntries().filter((e) => e.payload && e.payload.assetId === id && (e.type === 'asset_note' || e.type === 'asset_photo'))
                .map((e) => ({ kind: e.type === 'asset_note' ? 'note' : 'photo', at: e.at, text: e.type === 'asset_note' ? e.payload.text : t('history_photo'),
                               detail: state.staff ? state.staff.name : '', dataUrl: e.type === 'asset_photo' ? `data:${e.payload.mime};base64,${e.payload.data}` : '',
                               pending: true }))
                .reverse();
            const entries = [...mine, ...(a.history || [])];
            historyList.replaceChildren(...(entries.length ? entries.map((e) => {
                let img = null;
                if (e.dataUrl || e.photo) {
                    img = h('img', { class: 'history-photo', alt: t('assetPhotoAlt') });
                    if (e.dataUrl)
                        img.src = e.dataUrl;
                    else
                        photoData(e.photo).then((url) => { img.src = url; }).catch(() => {});
                }
                return h('li', { class: `history-${e.kind}${e.pending ? ' pending' : ''}` },
                    h('p', { class: 'muted small when', text: [e.at ? `${fmtDate(e.at)} ${fmtTime(e.at)}` : '', t(`history_${e.kind}`), e.orderNumber || '',
                                                              e.pending ? t('pending') : ''].filter(Boolean).join(' · ') }),
                    e.text && e.text !== t(`history_${e.kind}`) ? h('p', { class: 'note-text', text: e.text }) : null,
                    e.detail ? h('p', { class: 'muted small', text: e.detail }) : null,
                    img);
            }) : [h('li', { class: 'muted', text: t('noHistory') })]));
        },
    };
}

// ---------------------------------------------------------------- start

async function start() {
    document.getElementById('lang').addEventListener('click', () => {
        lang = lang === 'es' ? 'en' : 'es';
        localStorage.setItem('ordo-tech-lang', lang);
        screen = null;   // rebuilt in the other language (forms are short-lived)
        show();
    });
    // An asset label's QR code opens /tech/asset/N: the same page, the asset in the address's hash.
    const scanned = /^\/tech\/asset\/(\d+)\/?$/.exec(location.pathname);
    if (scanned)
        history.replaceState(null, '', `/tech/#asset=${scanned[1]}`);
    await loadState();
    if (state.sessionExpired && state.deviceToken)
        state.needPin = false;   // the PIN screen shows anyway (no session); it says why
    window.addEventListener('hashchange', show);
    window.addEventListener('online', () => { state.unreachable = false; backoff = 0; update(); flush(); loadJobs(); });
    window.addEventListener('offline', () => update());
    // Back to the app (from the phone's camera, a call, the lock screen): send, and look for news.
    document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') {
            flush();
            loadJobs();
        }
    });
    setInterval(() => {
        if (document.visibilityState === 'visible')
            loadJobs();
    }, 5 * 60 * 1000);
    show();
    if (state.session) {
        loadJobs();
        flush();
    }
    if ('serviceWorker' in navigator)
        navigator.serviceWorker.register('/tech/sw.js', { scope: '/tech/' }).catch((error) => console.warn('service worker', error));
}

start();
