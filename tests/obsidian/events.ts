/** Obsidian's Events / EventRef / Component. */
export interface EventRef {
	e: Events;
	name: string;
	fn: (...data: any[]) => any;
	ctx?: any;
}

export class Events {
	private _events: Record<string, EventRef[]> = {};

	on(name: string, callback: (...data: any[]) => any, ctx?: any): EventRef {
		const ref: EventRef = { e: this, name, fn: callback, ctx };
		(this._events[name] ??= []).push(ref);
		return ref;
	}

	off(name: string, callback: (...data: any[]) => any): void {
		const list = this._events[name];
		if (list) this._events[name] = list.filter((r) => r.fn !== callback);
	}

	offref(ref: EventRef): void {
		const list = this._events[ref.name];
		if (list) this._events[ref.name] = list.filter((r) => r !== ref);
	}

	trigger(name: string, ...data: any[]): void {
		for (const ref of [...(this._events[name] ?? [])]) this.tryTrigger(ref, data);
	}

	tryTrigger(evt: EventRef, args: any[]): void {
		try {
			evt.fn.apply(evt.ctx, args);
		} catch (e) {
			// Obsidian logs errors thrown by listeners and carries on.
			console.error(e);
		}
	}
}

export class Component {
	_loaded = false;
	private _children: Component[] = [];
	private _cleanups: Array<() => any> = [];

	load(): void {
		if (this._loaded) return;
		this._loaded = true;
		this.onload();
		for (const c of this._children) c.load();
	}
	onload(): void {}
	unload(): void {
		if (!this._loaded) return;
		this._loaded = false;
		for (const c of this._children.splice(0)) c.unload();
		for (const fn of this._cleanups.splice(0).reverse()) fn();
		this.onunload();
	}
	onunload(): void {}
	addChild<T extends Component>(component: T): T {
		this._children.push(component);
		if (this._loaded) component.load();
		return component;
	}
	removeChild<T extends Component>(component: T): T {
		const i = this._children.indexOf(component);
		if (i >= 0) {
			this._children.splice(i, 1);
			component.unload();
		}
		return component;
	}
	register(cb: () => any): void {
		this._cleanups.push(cb);
	}
	registerEvent(ref: EventRef): void {
		this.register(() => ref.e.offref(ref));
	}
	registerDomEvent(el: any, type: string, callback: (ev: any) => any, options?: boolean | AddEventListenerOptions): void {
		el.addEventListener(type, callback, options);
		this.register(() => el.removeEventListener(type, callback, options));
	}
	registerInterval(id: number): number {
		this.register(() => clearInterval(id));
		return id;
	}
}
