package pipeline

import (
	"context"
	"iter"
	"runtime"
	"sync"

	"github.com/sitrep/sitrep"
)

// Result is the coding of one article.
type Result struct {
	Article sitrep.Article
	Events  []sitrep.Event
	Stats   Stats
}

// Run codes the articles of in with workers goroutines (GOMAXPROCS if
// workers < 1) and yields the results in input order. At most a few
// articles per worker are in flight, so memory stays bounded however long
// the input is.
//
// in is consumed on a goroutine of its own, one article at a time. Run
// stops early when ctx is cancelled (check ctx.Err()) or when the loop
// over its results stops; it returns only after every goroutine it started
// has ended, which waits for in to yield its next article or finish.
func (p *Pipeline) Run(ctx context.Context, in iter.Seq[sitrep.Article], workers int) iter.Seq[Result] {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	if workers == 1 {
		return p.runSequential(ctx, in)
	}
	return func(yield func(Result) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()

		type job struct {
			a   sitrep.Article
			out chan<- Result
		}
		jobs := make(chan job)
		// pending holds the result channels in input order; its capacity
		// bounds the articles in flight.
		pending := make(chan chan Result, 2*workers)

		var wg sync.WaitGroup
		wg.Add(1)
		go func() { // producer
			defer wg.Done()
			defer close(jobs)
			defer close(pending)
			for a := range in {
				out := make(chan Result, 1)
				select {
				case pending <- out:
				case <-ctx.Done():
					return
				}
				select {
				case jobs <- job{a, out}:
				case <-ctx.Done():
					return
				}
			}
		}()
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for j := range jobs {
					evs, st := p.Article(j.a)
					j.out <- Result{Article: j.a, Events: evs, Stats: st} // buffered: never blocks
				}
			}()
		}
		defer wg.Wait() // after cancel (deferred later, so run first)
		defer cancel()

		for out := range pending {
			select {
			case r := <-out:
				if !yield(r) {
					return
				}
			case <-ctx.Done():
				return
			}
		}
	}
}

// runSequential is Run with one worker: no goroutines at all.
func (p *Pipeline) runSequential(ctx context.Context, in iter.Seq[sitrep.Article]) iter.Seq[Result] {
	return func(yield func(Result) bool) {
		for a := range in {
			if ctx.Err() != nil {
				return
			}
			evs, st := p.Article(a)
			if !yield(Result{Article: a, Events: evs, Stats: st}) {
				return
			}
		}
	}
}
